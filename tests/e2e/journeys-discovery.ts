import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PARIS_20_ASSOCIATIONS, waldecCsv } from '../../src/server/modules/opendata/opendata-fixtures.ts';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';
const RNA_SAMPLE = new URL('../fixtures/opendata/rna_waldec_sample_etalab_rna_as_api.csv', import.meta.url);
const TWENTIETH = 'Paris 20e Arrondissement';

async function openDiscovery(page: Page, context: JourneyContext) {
  await signIn(page, context, MANAGER, context.admin.password);
  await page.goto(`${context.baseUrl}/decouverte`);
  await page.getByRole('heading', { name: 'Découverte', level: 1 }).waitFor();
  await page.getByTestId('discovery-total').waitFor();
}

/** Uploads a waldec file from the open import dialog and waits for its job to finish. */
async function importRna(page: Page, name: string, content: Buffer) {
  const dialog = page.getByRole('dialog', { name: 'Importer des données ouvertes' });
  await dialog.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await dialog.getByRole('button', { name: "Lancer l'import" }).click();
  const job = dialog.getByTestId('opendata-job').filter({ hasText: name }).first();
  await job.getByText('Terminé').waitFor({ timeout: 30_000 });
  return job;
}

/** The partners count of the 20th in the territories x objectives matrix. */
async function twentiethPartners(page: Page): Promise<number> {
  const row = page.getByRole('table', { name: 'Territoires × objectifs' }).getByRole('row', { name: new RegExp(TWENTIETH) });
  return Number(await row.getByRole('cell').first().textContent());
}

async function search(page: Page, words: string) {
  await page.getByRole('textbox', { name: 'Mots-clés' }).fill(words);
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.waitForURL(new RegExp(`q=${encodeURIComponent(words)}`));
}

export const DISCOVERY_JOURNEYS: Journey[] = [
  {
    name: 'discovery: imports the RNA, searches vélo then musique in the 20th, adds a partner, finds it on the map and in the matrix (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await openDiscovery(page, context);
      await look(page, 'discovery-empty');

      // The shared waldec sample, then associations of the 20th (the sample has none there).
      await page.getByRole('button', { name: 'Importer des données ouvertes' }).click();
      const sample = await importRna(page, 'rna_waldec_sample.csv', readFileSync(RNA_SAMPLE));
      expectText(await sample.textContent(), /\d+ ajoutés/, 'sample import counts');
      const local = await importRna(page, 'associations_paris_20.csv', Buffer.from(waldecCsv(PARIS_20_ASSOCIATIONS)));
      expectText(await local.textContent(), '4 ajoutés', 'fixture import: 4 active associations, the dissolved one skipped');
      await look(page, 'discovery-import-dialog');
      await page.keyboard.press('Escape');

      await page.goto(`${context.baseUrl}/territoire?stage=identified`);
      await page.getByRole('table', { name: 'Territoires × objectifs' }).waitFor();
      const before = await twentiethPartners(page);

      await page.goto(`${context.baseUrl}/decouverte`);
      await page.getByRole('combobox', { name: 'Territoire' }).click();
      await page.getByRole('option', { name: TWENTIETH }).click();
      await page.waitForURL(/territory=75120/);
      await search(page, 'vélo');
      const cycling = page.getByRole('article', { name: 'Vélo Cité Ménilmontant' });
      await cycling.waitFor();
      expectText(await cycling.textContent(), 'Mots du thème trouvés', 'theme explanation');
      expectText(await cycling.textContent(), 'Proximité', 'proximity component');
      await look(page, 'discovery-velo');

      await search(page, 'musique');
      const music = page.getByRole('article', { name: 'Musiques du Monde Belleville' });
      await music.waitFor();
      await music.getByRole('button', { name: 'Ajouter comme partenaire' }).click();
      const duplicate = page.getByRole('dialog', { name: 'Organisation déjà connue ?' });
      const added = page.getByText('« Musiques du Monde Belleville » est ajouté à vos partenaires');
      await added.or(duplicate).waitFor();
      if (await duplicate.isVisible()) await duplicate.getByRole('button', { name: 'Relier et ajouter' }).first().click();
      await added.waitFor();
      await music.getByTestId('known-partner').waitFor();
      expectText(await music.textContent(), 'Déjà partenaire : Identifié', 'known partner mark');

      await page.goto(`${context.baseUrl}/territoire?stage=identified`);
      await page.locator('.leaflet-overlay-pane canvas, .leaflet-overlay-pane svg').first().waitFor();
      await page.getByRole('table', { name: 'Territoires × objectifs' }).waitFor();
      const after = await twentiethPartners(page);
      if (after !== before + 1) throw new Error(`20th arrondissement partners: expected ${before + 1}, got ${after}`);
      await page.locator('.leaflet-marker-icon[title="Musiques du Monde Belleville"], .marker-cluster').first().waitFor();
      await look(page, 'discovery-territory-after');
      await page.context().close();
    },
  },
  {
    name: 'discovery: saves a column mapping from a venue CSV, imports with it, renames it and moves it to the trash (390 px)',
    async run(context) {
      const page = await openPage(context, 'phone');
      await openDiscovery(page, context);
      await page.getByRole('button', { name: 'Importer des données ouvertes' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer des données ouvertes' });
      await dialog.getByRole('combobox', { name: 'Type de fichier' }).click();
      await page.getByRole('option', { name: 'Lieux en CSV' }).click();
      const csv =
        'nom;adresse;code postal;commune;latitude;longitude\nMédiathèque Marguerite Duras;115 rue de Bagnolet;75020;Paris;48.8597;2.4027\n';
      await dialog.locator('input[type=file]').setInputFiles({ name: 'mediatheques.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await dialog.getByRole('button', { name: /Créer une correspondance pour ce fichier \(6 colonnes\)/ }).click();
      await dialog.getByRole('textbox', { name: 'Nom court' }).fill('mediatheques-20e');
      await dialog.getByRole('textbox', { name: 'Libellé' }).fill('Médiathèques du 20e');
      await look(page, 'discovery-mapping-form-phone');
      await dialog.getByRole('button', { name: 'Enregistrer la correspondance' }).click();
      await page
        .getByText(/Médiathèques du 20e/)
        .first()
        .waitFor();
      await dialog.getByRole('button', { name: "Lancer l'import" }).click();
      await dialog
        .getByTestId('opendata-job')
        .filter({ hasText: 'mediatheques.csv' })
        .first()
        .getByText('Terminé')
        .waitFor({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Vos correspondances enregistrées (1)' }).click();
      await dialog.getByRole('button', { name: 'Renommer « Médiathèques du 20e »' }).click();
      await dialog.getByRole('textbox', { name: 'Libellé' }).fill('Médiathèques de Paris 20e');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Correspondance renommée : « Médiathèques de Paris 20e ».').waitFor();
      await look(page, 'discovery-saved-mappings-phone');
      await dialog.getByRole('button', { name: 'Supprimer « Médiathèques de Paris 20e »' }).click();
      const confirm = page.getByRole('dialog', { name: 'Supprimer « Médiathèques de Paris 20e » ?' });
      await confirm.getByRole('button', { name: 'Supprimer' }).click();
      await page.getByText('« Médiathèques de Paris 20e » est dans la corbeille.').waitFor();
      await dialog.getByRole('button', { name: /Vos correspondances enregistrées/ }).waitFor({ state: 'detached' });
      await page.context().close();
    },
  },
  {
    name: 'discovery: results, filters and the lexicon on a phone (390 px)',
    async run(context) {
      const page = await openPage(context, 'phone');
      await openDiscovery(page, context);
      await search(page, 'exil');
      await page.getByRole('article').first().waitFor();
      await look(page, 'discovery-phone');
      await page.getByRole('button', { name: 'Lexique' }).click();
      await page.getByRole('dialog', { name: 'Lexique du thème' }).getByText('mobilité', { exact: true }).waitFor();
      await look(page, 'discovery-lexicon-phone');
      await page.context().close();
    },
  },
  {
    name: 'discovery: the partners network, its brokers and who can introduce us (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context, MANAGER, context.admin.password);
      await page.goto(`${context.baseUrl}/territoire`);
      await page.getByRole('link', { name: 'Réseau des partenaires' }).click();
      await page.getByRole('heading', { name: 'Réseau des partenaires', level: 1 }).waitFor();
      await page.getByTestId('network-totals').waitFor();
      const brokers = page.getByTestId('central-actors');
      expectText(await brokers.getByRole('row').nth(1).textContent(), 'Science Ouverte Paris', 'the structure is the first broker');
      await page.getByRole('combobox', { name: 'Acteur à rejoindre' }).click();
      await page
        .getByRole('option', { name: /\(Contact\)/ })
        .first()
        .click();
      const path = page.getByTestId('network-path');
      await path.waitFor();
      expectText(await path.textContent(), 'partenariat', 'first step of the path');
      await look(page, 'network-path');
      await page.context().close();
    },
  },
];
