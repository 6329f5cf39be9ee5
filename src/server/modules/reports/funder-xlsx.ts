import ExcelJS from 'exceljs';
import type { Report } from '../../../contracts/reports.ts';
import type { ReportTable } from './report-tables.ts';

/** The funder report as a workbook: a sheet « Période » then one sheet per table, bold frozen header rows. */
export async function funderXlsx(report: Report, tables: ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maillage';
  const about = workbook.addWorksheet('Période');
  about.columns = [{ width: 18 }, { width: 60 }];
  about.addRows([
    ['Bilan pour les financeurs', ''],
    ['Du', report.from],
    ['Au', report.to],
    ['Structures', report.structures.map((s) => s.name).join(', ')],
  ]);
  about.getRow(1).font = { bold: true, size: 14 };
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((_, index) => ({ width: index === 0 || index === 1 ? 40 : 16 }));
    sheet.addRow(table.columns).font = { bold: true };
    sheet.addRows(table.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
