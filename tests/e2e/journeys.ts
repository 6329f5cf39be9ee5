import type { Browser, Page } from 'playwright-core';
import { expectText, look, WIDTHS } from './harness.ts';

export type JourneyContext = { browser: Browser; baseUrl: string; admin: { email: string; password: string } };
export type Journey = { name: string; run: (context: JourneyContext) => Promise<void> };

export async function openPage(context: JourneyContext, width: keyof typeof WIDTHS = 'desktop'): Promise<Page> {
  const browserContext = await context.browser.newContext({ viewport: WIDTHS[width], locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await browserContext.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function signIn(page: Page, context: JourneyContext, email = context.admin.email, password = context.admin.password) {
  await page.goto(`${context.baseUrl}/`);
  await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[autocomplete=current-password]').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}

async function openParisStructure(page: Page, context: JourneyContext) {
  await page.goto(`${context.baseUrl}/administration`);
  await page.getByRole('tab', { name: 'Structures' }).click();
  await page.getByRole('link', { name: 'Science Ouverte Paris' }).click();
  await page.getByRole('heading', { name: 'Science Ouverte Paris' }).waitFor();
}

export const JOURNEYS: Journey[] = [
  {
    name: 'signs in from the sign-in page and lands on the dashboard (1280 and 390 px)',
    async run(context) {
      for (const width of ['desktop', 'phone'] as const) {
        const page = await openPage(context, width);
        await page.goto(`${context.baseUrl}/administration`);
        await page.getByRole('heading', { name: 'Connexion' }).waitFor();
        await look(page, `sign-in-${width}`);
        await page.locator('input[type=email]').fill(context.admin.email);
        await page.locator('input[autocomplete=current-password]').fill('pas-le-bon-mot-de-passe');
        await page.getByRole('button', { name: 'Se connecter' }).click();
        expectText(await page.getByRole('alert').first().textContent(), 'incorrect', 'wrong password message');
        await signIn(page, context);
        await look(page, `dashboard-${width}`);
        await page.goto(`${context.baseUrl}/administration`);
        await page.getByRole('heading', { name: 'Administration' }).waitFor();
        await look(page, `administration-${width}`);
        await page.context().close();
      }
    },
  },
  {
    name: 'switches the interface to English and keeps it after a reload',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context);
      await page.getByRole('radiogroup', { name: "Langue de l'interface" }).getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      expectText(await page.locator('html').getAttribute('lang'), 'en', 'html lang');
      await look(page, 'dashboard-english');
      await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('FR', { exact: true }).click();
      await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
      await page.context().close();
    },
  },
  {
    name: 'creates a user, then gives them a membership in another structure',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context);
      await page.goto(`${context.baseUrl}/administration`);
      await page.getByRole('button', { name: 'Ajouter un utilisateur' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('Nom').fill('Léa Fontaine');
      await drawer.getByLabel('Adresse e-mail').fill('lea.fontaine@exemple.fr');
      await drawer.getByRole('combobox', { name: 'Structure' }).click();
      await page.getByRole('option', { name: /Savoirs en Seine-Saint-Denis/ }).click();
      await drawer.getByRole('combobox', { name: 'Rôle' }).click();
      await page.getByRole('option', { name: 'Membre', exact: true }).click();
      await look(page, 'user-create-drawer');
      await drawer.getByRole('button', { name: 'Ajouter' }).click();
      await page.getByRole('cell', { name: 'lea.fontaine@exemple.fr' }).waitFor();

      await openParisStructure(page, context);
      await page.getByRole('tab', { name: 'Membres' }).click();
      await page.getByRole('button', { name: 'Ajouter un membre' }).click();
      const addMember = page.getByRole('dialog');
      await addMember.getByRole('combobox', { name: 'Personne' }).click();
      await page.getByRole('option', { name: /Léa Fontaine/ }).click();
      await addMember.getByRole('combobox', { name: 'Rôle' }).click();
      await page.getByRole('option', { name: 'Observateur·rice' }).click();
      await addMember.getByRole('button', { name: 'Ajouter' }).click();
      await page.getByRole('cell', { name: /Léa Fontaine/ }).waitFor();
      await look(page, 'structure-members');
      await page.goto(`${context.baseUrl}/administration`);
      await page.getByRole('tab', { name: 'Courriels' }).click();
      await page.getByRole('cell', { name: 'lea.fontaine@exemple.fr' }).waitFor();
      await look(page, 'outbox');
      await page.context().close();
    },
  },
  {
    name: 'edits a structure and reads the change in its history',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context);
      await openParisStructure(page, context);
      await look(page, 'structure-overview');
      await page.getByLabel('Téléphone').fill('01 43 00 00 20');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Modifications enregistrées.').waitFor();
      await page.getByRole('tab', { name: 'Historique des modifications' }).click();
      await page.getByText('01 43 00 00 20').first().waitFor();
      expectText(await page.getByRole('tabpanel').textContent(), 'Modification', 'history entry');
      await look(page, 'structure-history');
      await page.context().close();
    },
  },
  {
    name: 'navigates by the burger menu on a phone',
    async run(context) {
      const page = await openPage(context, 'phone');
      await signIn(page, context);
      await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await look(page, 'navigation-phone');
      await page.getByRole('link', { name: 'Partenaires', exact: true }).click();
      await page.getByRole('heading', { name: 'Partenaires', level: 1 }).waitFor();
      await look(page, 'partners-phone');
      await page.context().close();
    },
  },
];
