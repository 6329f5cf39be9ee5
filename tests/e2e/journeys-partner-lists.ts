import { expectText, look } from './harness.ts';
import { type Journey, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';

export const PARTNER_LIST_JOURNEYS: Journey[] = [
  {
    name: 'partner lists: filter by sector, move a selection to a stage, save the view and apply it again',
    run: async (context) => {
      for (const width of ['desktop', 'phone'] as const) {
        const page = await openPage(context, width);
        await signIn(page, context, MANAGER, context.admin.password);
        await page.goto(`${context.baseUrl}/partenaires?secteur=cultural`);
        const selectPage = page.getByText('Tout sélectionner sur cette page');
        await selectPage.waitFor();
        await look(page, `partner-lists-filtered-${width}`);
        const rows = await page.getByRole('checkbox', { name: /^Sélectionner « / }).count();
        if (rows === 0) throw new Error('no cultural partner in the demo list');

        await selectPage.click();
        const actions = page.getByRole('group', { name: 'Actions sur la sélection' });
        await actions.waitFor();
        // Checked before the dialog opens: under a modal's overlay axe blends the page behind it.
        await look(page, `partner-lists-bulk-${width}`);
        await actions.getByRole('button', { name: 'Étape' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('combobox', { name: 'Étape' }).click();
        const stage = width === 'desktop' ? 'Actif' : 'Engagé';
        await page.getByRole('option', { name: stage, exact: true }).click();
        await dialog.getByRole('button', { name: /^Appliquer à / }).click();
        await page.getByText(/partenaires? mis à jour\.$/).waitFor();
        await page.getByText('Tout sélectionner sur cette page').waitFor();
        const stages = await page.getByRole('row').locator('td').filter({ hasText: stage }).count();
        expectText(String(stages >= rows), 'true', `every selected row shows « ${stage} »`);

        const name = `Culture ${width}`;
        await page.getByRole('button', { name: 'Vues enregistrées' }).click();
        await page.getByRole('menuitem', { name: 'Enregistrer la vue actuelle…' }).click();
        await page.getByRole('dialog').getByLabel('Nom de la vue').fill(name);
        await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
        await page.getByText(`Vue « ${name} » enregistrée.`).waitFor();

        await page.goto(`${context.baseUrl}/partenaires`);
        await page.getByRole('button', { name: 'Vues enregistrées' }).click();
        await look(page, `partner-lists-views-${width}`);
        await page.getByRole('menuitem', { name }).click();
        await page.waitForURL(/secteur=cultural/);
        await page.close();
      }
    },
  },
];
