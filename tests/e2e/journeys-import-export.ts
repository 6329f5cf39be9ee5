import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

const PARIS = 'Science Ouverte Paris';
/** A demo organisation; the file names it again, with the same postcode and a website it lacks. */
const EXISTING = 'Musée de Montmartre';

/** Three rows, Latin-1 as Excel writes them: two new organisations, one the directory already holds. */
const DESKTOP_FILE = [
  'Nom;Code postal;Ville;Secteur;Site web',
  'Atelier Vélo Partagé;75020;Paris;associatif;',
  'Fablab des Lilas;93260;Les Lilas;scientifique;fablab-lilas.example.org',
  `${EXISTING};75018;Paris;culturel;https://montmartre.example.org`,
].join('\r\n');

/** A row the dry run rejects (a SIRET whose check digit is wrong), beside a new one and a duplicate. */
const PHONE_FILE = [
  'name,postcode,siret,sector',
  'Ludothèque de la Villette,75019,,social',
  'Compagnie du Faux Siret,75011,12345678901234,cultural',
  'Musée des arts et métiers,75003,,cultural',
].join('\n');

/** The demo coordinator follows partners as Paris; on a phone the structure switcher sits in the folded menu. */
async function signInForParis(page: Page, context: JourneyContext) {
  await signIn(page, context);
  const menu = page.getByRole('button', { name: 'Ouvrir le menu' });
  if (await menu.isVisible()) await menu.click();
  const switcher = page.getByRole('combobox', { name: 'Structure' }).filter({ visible: true });
  await switcher.waitFor();
  if ((await switcher.inputValue()) !== PARIS) {
    await switcher.click();
    await page.getByRole('option', { name: PARIS }).click();
  }
  if (await page.getByRole('button', { name: 'Fermer le menu' }).isVisible())
    await page.getByRole('button', { name: 'Fermer le menu' }).click();
}

async function upload(page: Page, context: JourneyContext, name: string, content: Buffer, width: string) {
  await page.goto(`${context.baseUrl}/partenaires`);
  await page.getByRole('heading', { name: 'Partenaires', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Importer' }).click();
  await page.getByRole('heading', { name: 'Importer des organisations' }).waitFor();
  await look(page, `import-upload-${width}`);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page.getByRole('heading', { name: 'Correspondance des colonnes' }).waitFor();
}

/** The figure above a label in the counts row, e.g. "2" above "à créer". */
async function count(page: Page, label: string): Promise<string | null> {
  const box = page.locator('.mantine-Paper-root').filter({ has: page.getByText(label, { exact: true }) });
  return box.locator('p').first().textContent();
}

async function expectCount(page: Page, label: string, expected: string) {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  expectText(await count(page, label), expected, `count "${label}"`);
}

export const IMPORT_EXPORT_JOURNEYS: Journey[] = [
  {
    name: 'imports a 3-row CSV, updates the duplicate it holds, and exports the partners list to CSV (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await signInForParis(page, context);
      const latin1 = Buffer.from(DESKTOP_FILE, 'latin1');
      await upload(page, context, 'partenaires-salon.csv', latin1, 'desktop');

      // Detected as Latin-1 with semicolons, each column mapped to its field.
      expectText(await page.getByRole('combobox', { name: 'Encodage' }).inputValue(), 'Latin-1', 'encoding');
      expectText(await page.getByRole('combobox', { name: 'Séparateur' }).inputValue(), 'Point-virgule', 'separator');
      expectText(await page.getByRole('combobox', { name: 'Champ pour la colonne « Site web »' }).inputValue(), 'Site web', 'mapping');
      await page.getByRole('cell', { name: 'Atelier Vélo Partagé' }).waitFor();
      await look(page, 'import-mapping-desktop');

      await page.getByRole('button', { name: "Vérifier l'import" }).click();
      await page.getByRole('heading', { name: '1 doublon probable' }).waitFor();
      await expectCount(page, 'à créer', '3');
      await page.getByRole('radio', { name: `Mettre à jour « ${EXISTING} »` }).check();
      await expectCount(page, 'à créer', '2');
      await expectCount(page, 'à mettre à jour', '1');
      await look(page, 'import-dry-run-desktop');

      await page.getByRole('button', { name: 'Importer 3 lignes' }).click();
      await page.getByText('Import terminé').waitFor();
      await expectCount(page, 'créées', '2');
      await expectCount(page, 'mise à jour', '1');
      await page.getByRole('link', { name: 'Fablab des Lilas' }).waitFor();
      await page.getByRole('link', { name: 'Atelier Vélo Partagé' }).waitFor();
      await look(page, 'import-summary-desktop');

      // The earlier imports list it, and the existing organisation took the file's website.
      await page.getByRole('link', { name: 'Importer un autre fichier' }).click();
      const history = page.getByRole('region', { name: 'Imports précédents' });
      await history.getByRole('row', { name: /partenaires-salon\.csv.*Terminé.*2 créées, 1 mises à jour/ }).waitFor();
      const found = await page.request.get(`${context.baseUrl}/api/v1/organisations?q=Montmartre`);
      const montmartre = (await found.json()).items.find((o: { name: string }) => o.name === EXISTING);
      expectText(montmartre?.website, 'https://montmartre.example.org', 'website of the updated organisation');

      // The partners list, exported as the browser downloads it.
      await page.goto(`${context.baseUrl}/partenaires`);
      await page.getByRole('button', { name: 'Exporter' }).click();
      const csvItem = page.getByRole('menuitem', { name: 'CSV (Excel, UTF-8)' });
      await csvItem.waitFor();
      await look(page, 'partners-export-menu-desktop');
      const href = new URL((await csvItem.getAttribute('href'))!, context.baseUrl);
      const list = await page.request.get(
        `${context.baseUrl}/api/v1/partnerships?structureId=${href.searchParams.get('structureId')}&pageSize=100`,
      );
      const total = (await list.json()).total as number;
      const [download] = await Promise.all([page.waitForEvent('download'), csvItem.click()]);
      expectText(download.suggestedFilename(), /^partenariats-\d{4}-\d{2}-\d{2}\.csv$/, 'file name');
      const bytes = readFileSync((await download.path())!);
      expectText(bytes.subarray(0, 3).toString('hex'), 'efbbbf', 'byte-order mark');
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expectText(lines[0]!, /^Organisation;/, 'header');
      if (!(total > 0) || lines.length - 1 !== total) throw new Error(`exported ${lines.length - 1} rows, the list shows ${total}`);
      expectText(lines.join('\n'), 'Collège Robert Doisneau', 'a row of the list');
      await page.close();
    },
  },
  {
    name: 'walks the import wizard with a rejected row and a duplicate left to create, and opens the export menu (390 px)',
    async run(context) {
      const page = await openPage(context, 'phone');
      await signInForParis(page, context);
      await upload(page, context, 'ludotheques.csv', Buffer.from(PHONE_FILE), 'phone');
      expectText(await page.getByRole('combobox', { name: 'Séparateur' }).inputValue(), 'Virgule', 'separator');
      // The name column let go: the check is refused until it is mapped again.
      await page.getByRole('combobox', { name: 'Champ pour la colonne « name »' }).click();
      await page.getByRole('option', { name: 'Ne pas importer' }).click();
      await page.getByText('Colonne du nom manquante').waitFor();
      await look(page, 'import-mapping-phone');
      await page.getByRole('combobox', { name: 'Champ pour la colonne « name »' }).click();
      await page.getByRole('option', { name: 'Nom', exact: true }).click();

      await page.getByRole('button', { name: "Vérifier l'import" }).click();
      await page.getByRole('heading', { name: '1 ligne rejetée' }).waitFor();
      await page.getByRole('row', { name: /^3 .*SIRET/ }).waitFor();
      await page.getByRole('heading', { name: '1 doublon probable' }).waitFor();
      await look(page, 'import-dry-run-phone');

      await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
      await page.getByText('Import terminé').waitFor();
      await expectCount(page, 'créées', '2');
      await expectCount(page, 'rejetée', '1');
      await look(page, 'import-summary-phone');

      await page.goto(`${context.baseUrl}/partenaires`);
      await page.getByRole('button', { name: 'Exporter' }).click();
      await page.getByRole('menuitem', { name: 'Classeur XLSX' }).waitFor();
      await look(page, 'partners-export-menu-phone');
      await page.close();
    },
  },
];
