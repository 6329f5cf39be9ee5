import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { readPdf } from '../helpers/pdf-text.ts';
import { expectText, look } from './harness.ts';
import { type Journey, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';

/** Clicks a download button and returns the file's bytes and name. */
async function download(page: Page, name: string): Promise<{ bytes: Buffer; file: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return { bytes: readFileSync(path), file: file.suggestedFilename() };
}

export const REPORT_JOURNEYS: Journey[] = [
  {
    name: 'reports: the dashboard shows the figures and partners at risk; a manager downloads the funder report (PDF, XLSX)',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context, MANAGER, context.admin.password);
      await page.getByRole('heading', { name: 'Le programme en chiffres' }).waitFor();
      await page.getByRole('heading', { name: 'Partenaires à risque' }).waitFor();
      await look(page, 'reports-dashboard');

      await page.getByRole('link', { name: 'Rapports', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Rapports', level: 1 }).waitFor();
      const partners = (await page.locator('[data-figure="partners"] dd').textContent())?.trim() ?? '';
      const contributions = (await page.locator('[data-figure="contributions"] dd').textContent())?.trim() ?? '';
      expectText(partners, /^\d+$/, 'partners followed on the page');
      await look(page, 'reports-page');

      const pdf = await download(page, 'Bilan PDF');
      expectText(pdf.file, /^bilan-financeurs-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.pdf$/, 'PDF file name');
      const read = readPdf(pdf.bytes);
      expectText(read.header, /^%PDF-1\.\d/, 'PDF header');
      if (read.pages < 1 || !read.endsWithEof) throw new Error(`PDF not complete: ${read.pages} pages`);
      expectText(read.text, `Partenaires suivis\n${partners}\n`, 'partners followed in the PDF');
      expectText(read.text, `Contributions reçues\n${contributions}\n`, 'contributions in the PDF');
      // The map page: Paris by arrondissement, a legend line per class, the boundaries' licence.
      expectText(read.text, 'Carte des partenaires\nParis, par arrondissement\n', 'map of the PDF');
      expectText(read.text, /Aucun partenaire : \d+ arrondissements?\n/, 'map legend in the PDF');
      expectText(read.text, 'Paris Data, ODbL', 'map sources in the PDF');

      const xlsx = await download(page, 'Bilan XLSX');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const figures = new Map<string, string>();
      workbook.getWorksheet('Chiffres clés')?.eachRow((row) => figures.set(String(row.getCell(1).value), String(row.getCell(2).value)));
      expectText(figures.get('Partenaires suivis') ?? null, partners, 'partners followed in the XLSX');
      if (!workbook.getWorksheet('Événements')) throw new Error('the XLSX has no events sheet');

      // A period that ends before it starts: said on the page, nothing to download.
      await page.getByRole('textbox', { name: 'Au', exact: true }).fill('2020-01-01');
      await page.getByText('La date de fin doit suivre la date de début.').waitFor();
      await page.context().close();
    },
  },
  {
    name: 'reports: the Rapports page on a phone',
    async run(context) {
      const page = await openPage(context, 'phone');
      await signIn(page, context, MANAGER, context.admin.password);
      await page.goto(`${context.baseUrl}/rapports`);
      await page.locator('[data-figure="partners"]').waitFor();
      await look(page, 'reports-page-phone');
      await page.context().close();
    },
  },
];
