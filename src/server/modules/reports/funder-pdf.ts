import PDFDocument from 'pdfkit';
import type { Report } from '../../../contracts/reports.ts';
import { drawFunderMap, type FunderMap } from './funder-pdf-map.ts';
import type { Cell, ReportTable } from './report-tables.ts';

const MARGIN = 50;
/** Cells written as figures (« 91 % », « 3 / 4 », « — ») align right like numbers. */
const FIGURE = /^[\d\s\u00a0.,/%—-]+$/;
const ROW = 17;
const ACCENT = '#1c7ed6';
const LIGHT = '#e7f5ff';
const INK = '#212529';
const MUTED = '#868e96';

/** The standard PDF fonts speak WinAnsi: thin spaces become no-break spaces, anything unknown a question mark. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u2009\u202f]/g, '\u00a0')
    .replace(/[^\t\n\u0020-\u00ff\u0152\u0153\u0178\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]/g, '?');
}
const number = new Intl.NumberFormat('fr-FR');
const show = (cell: Cell) => pdfSafe(typeof cell === 'number' ? number.format(cell) : cell);
const frenchDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/**
 * The funder report as a PDF: key figures, the partners as bar charts, then the tables (per structure,
 * the events held), each page numbered. Built in memory: a report is a few pages of figures.
 */
export function funderPdf(report: Report, tables: ReportTable[], generatedOn: string, map: FunderMap): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: 'Bilan pour les financeurs', Author: 'Maillage', Subject: `Du ${report.from} au ${report.to}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(22).text('Bilan pour les financeurs');
  doc.moveDown(0.3).fillColor(INK).font('Helvetica').fontSize(12);
  doc.text(pdfSafe(`Période : du ${frenchDay(report.from)} au ${frenchDay(report.to)}`));
  doc.text(pdfSafe(`Structures : ${report.structures.map((s) => s.name).join(', ') || 'aucune'}`), { width });
  doc
    .fillColor(MUTED)
    .fontSize(9)
    .text(pdfSafe(`Établi par Maillage le ${frenchDay(generatedOn)}, à partir des données saisies.`));
  doc.moveDown(1);

  drawFunderMap(doc, map, MARGIN, width, (title, needed) => heading(doc, title, needed));
  doc.moveDown(1);
  for (const table of tables) {
    if (table.chart) barChart(doc, table, width);
    else grid(doc, table, width);
    doc.moveDown(1);
  }

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    doc.switchToPage(pages.start + index);
    const bottom = doc.page.height - MARGIN + 15;
    doc.page.margins.bottom = 0;
    doc.fillColor(MUTED).font('Helvetica').fontSize(8);
    doc.text(`Maillage — bilan du ${report.from} au ${report.to}`, MARGIN, bottom, { width, align: 'left', lineBreak: false });
    doc.text(`Page ${index + 1} / ${pages.count}`, MARGIN, bottom, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
const bottomOf = (doc: Doc) => doc.page.height - MARGIN;

function heading(doc: Doc, title: string, needed: number) {
  if (doc.y + needed > bottomOf(doc)) doc.addPage();
  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(14).text(pdfSafe(title), MARGIN, doc.y);
  doc.moveDown(0.4);
}

/** Horizontal bars, one per line of the table (label, count), scaled to the largest. */
function barChart(doc: Doc, table: ReportTable, width: number) {
  heading(doc, table.title, ROW * Math.min(table.rows.length + 2, 8));
  const labelWidth = 170;
  const barSpace = width - labelWidth - 60;
  const max = Math.max(1, ...table.rows.map((row) => Number(row[1])));
  for (const [name = '', value = 0] of table.rows) {
    if (doc.y + ROW > bottomOf(doc)) doc.addPage();
    const y = doc.y;
    doc
      .fillColor(INK)
      .font('Helvetica')
      .fontSize(10)
      .text(show(name), MARGIN, y + 3, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    const length = (Number(value) / max) * barSpace;
    if (length > 0) doc.rect(MARGIN + labelWidth, y + 2, length, ROW - 5).fill(ACCENT);
    doc.fillColor(INK).text(show(value), MARGIN + labelWidth + length + 6, y + 3, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + ROW;
  }
}

/** A table with a shaded header row, repeated on each new page; long cells are cut with an ellipsis. */
function grid(doc: Doc, table: ReportTable, width: number) {
  heading(doc, table.title, ROW * 3);
  const weights = table.weights ?? table.columns.map((_, index) => (index === 0 ? 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const line = (cells: Cell[], bold: boolean) => {
    if (doc.y + ROW > bottomOf(doc)) {
      doc.addPage();
      if (!bold) line(table.columns, true);
    }
    const y = doc.y;
    if (bold) doc.rect(MARGIN, y, width, ROW).fill(LIGHT);
    let x = MARGIN;
    cells.forEach((cell, index) => {
      const numeric = typeof cell === 'number' || (index > 0 && FIGURE.test(cell));
      doc
        .fillColor(INK)
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .text(show(cell), x + 3, y + 4, {
          width: widths[index]! - 6,
          height: ROW - 6,
          align: numeric ? 'right' : 'left',
          lineBreak: false,
          ellipsis: true,
        });
      x += widths[index]!;
    });
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(MARGIN + width, y + ROW)
      .lineWidth(0.5)
      .strokeColor('#dee2e6')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + ROW;
  };
  line(table.columns, true);
  if (table.rows.length === 0) line(['Aucune donnée sur la période.', ...table.columns.slice(1).map(() => '')], false);
  for (const row of table.rows) line(row, false);
}
