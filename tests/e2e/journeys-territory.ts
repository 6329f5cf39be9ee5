import type { Page } from 'playwright-core';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';

async function openTerritory(page: Page, context: JourneyContext) {
  await signIn(page, context, MANAGER, context.admin.password);
  await page.goto(`${context.baseUrl}/territoire`);
  await page.getByRole('heading', { name: 'Territoire', level: 1 }).waitFor();
  // The map draws its arrondissements as vector paths once the layers have arrived.
  await page.locator('.leaflet-container').waitFor();
  await page.locator('.leaflet-overlay-pane canvas, .leaflet-overlay-pane svg').first().waitFor();
}

export const TERRITORY_JOURNEYS: Journey[] = [
  {
    name: 'territory: opens the map, filters by stage and sector, reads the gap matrices (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await openTerritory(page, context);
      await page.getByText('Partenaires actifs', { exact: true }).waitFor();
      await look(page, 'territory-map');
      const totals = page.getByTestId('coverage-totals');
      await page.getByRole('combobox', { name: 'Étape' }).click();
      await page.getByRole('option', { name: 'Identifié' }).click();
      await page.waitForURL(/stage=identified/);
      await page.getByRole('combobox', { name: 'Secteur' }).click();
      await page.getByRole('option', { name: 'Culturel' }).click();
      await page.waitForURL(/sector=cultural/);
      expectText(await totals.textContent(), /\d+ partenaires?/, 'totals after filtering');
      const sectors = page.getByRole('table', { name: 'Secteurs × objectifs' });
      await sectors.waitFor();
      expectText(await sectors.textContent(), 'Ouverture culturelle', 'sector matrix header');
      await page.getByRole('table', { name: 'Territoires × objectifs' }).waitFor();
      expectText(
        await page.getByRole('table', { name: 'Territoires × objectifs' }).textContent(),
        'Paris 20e Arrondissement',
        'territory matrix',
      );
      await look(page, 'territory-filtered');
      // A gap opens its best candidates, and leads to the discovery page filtered the same way.
      await sectors.locator('[data-gap] button').first().click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText(/Aucun partenaire actif ne sert|Lacune comblée/).waitFor();
      await drawer
        .getByRole('article')
        .or(drawer.getByText("Aucun candidat dans l'annuaire", { exact: false }))
        .first()
        .waitFor();
      await look(page, 'territory-gap-drawer');
      await drawer.getByRole('link', { name: 'Ouvrir la découverte avec ces filtres' }).click();
      await page.waitForURL(/\/decouverte\?(sector|territory)=/);
      await page.getByRole('heading', { name: 'Découverte', level: 1 }).waitFor();
    },
  },
  {
    name: 'territory: the map and the matrices on a phone (390 px)',
    async run(context) {
      const page = await openPage(context, 'phone');
      await openTerritory(page, context);
      await page.getByRole('table', { name: 'Secteurs × objectifs' }).waitFor();
      await look(page, 'territory-phone');
    },
  },
];
