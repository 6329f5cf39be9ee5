import type { Page } from 'playwright-core';
import { look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

/** Two records of one association, as two people typed it; the same RNA makes them a certain pair. */
const RUN = String(Date.now()).slice(-7);
const NAMES = [`Ludothèque des Lilas ${RUN}`, `Ludotheque les Lilas ${RUN}`] as const;
const TWINS = [
  { name: NAMES[0], sector: 'social', postcode: '93260', city: 'Les Lilas', rna: `W93${RUN}` },
  { name: NAMES[1], sector: 'social', postcode: '93260', website: 'https://ludo-lilas.example.org', rna: `W93${RUN}` },
];

/** Created through the API from the signed-in page, as the web app itself would. */
async function createOrganisations(page: Page, records: object[]) {
  for (const record of records) {
    const status = await page.evaluate(async (body) => {
      const response = await fetch('/api/v1/organisations?force=true', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    }, record);
    if (status !== 201) throw new Error(`organisation not created: ${status}`);
  }
}

async function openPair(page: Page, context: JourneyContext) {
  await page.goto(`${context.baseUrl}/partenaires/doublons`);
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: NAMES[0] }).filter({ hasText: NAMES[1] });
  await pair.waitFor();
  return pair;
}

async function mergeFromCompare(page: Page, context: JourneyContext, name: string) {
  const pair = await openPair(page, context);
  await pair.getByRole('button', { name: 'Comparer et fusionner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Comparer et fusionner' });
  await dialog.getByRole('radiogroup', { name: 'Nom' }).getByRole('radio', { name: NAMES[0] }).waitFor();
  await dialog.getByRole('radiogroup', { name: 'Site web' }).getByRole('radio', { name: 'https://ludo-lilas.example.org' }).check();
  await look(page, `${name}-compare`);
  await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await page.getByText('a été fusionné dans').waitFor();
}

export const DUPLICATE_JOURNEYS: Journey[] = [
  {
    name: 'duplicates: the coordinator merges two records of one association, undoes it, merges again',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context);
      await createOrganisations(page, TWINS);
      await page.goto(`${context.baseUrl}/partenaires`);
      await page.getByRole('link', { name: 'Doublons' }).click();
      await page.getByRole('heading', { name: 'Doublons' }).waitFor();
      await look(page, 'duplicates-list');

      await mergeFromCompare(page, context, 'duplicates');
      await page.getByRole('alert').filter({ hasText: 'a été fusionné dans' }).getByRole('button', { name: 'Annuler' }).click();
      await page.getByText('Fusion annulée').waitFor();
      await page.getByTestId('recent-merge').filter({ hasText: 'Annulée' }).first().waitFor();
      await look(page, 'duplicates-undone');

      await mergeFromCompare(page, context, 'duplicates-again');
      await page.getByTestId('recent-merge').first().getByRole('button', { name: 'Annuler' }).waitFor();
      const remaining = page.getByTestId('duplicate-pair').filter({ hasText: NAMES[0] }).filter({ hasText: NAMES[1] });
      await remaining.waitFor({ state: 'detached' });
      await look(page, 'duplicates-merged');

      const phone = await openPage(context, 'phone');
      await signIn(phone, context);
      await phone.goto(`${context.baseUrl}/partenaires/doublons?onglet=contacts`);
      await phone.getByRole('tab', { name: 'Contacts', selected: true }).waitFor();
      await look(phone, 'duplicates-contacts-phone');
      await phone.goto(`${context.baseUrl}/partenaires/doublons`);
      await phone.getByRole('heading', { name: 'Fusions récentes' }).waitFor();
      await look(phone, 'duplicates-phone');
    },
  },
];
