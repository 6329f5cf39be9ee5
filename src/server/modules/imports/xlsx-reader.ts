import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors.ts';
import type { Tabular } from './tabular-file.ts';

const notAWorkbook = () =>
  new AppError(
    'validation',
    'Ce fichier n’est pas un classeur XLSX valide : ouvrez-le dans un tableur et enregistrez-le au format .xlsx ou .csv.',
    {
      errors: [{ path: 'file', message: 'Classeur XLSX illisible' }],
    },
  );

/** The first sheet of a workbook, its first non-empty row as the header; lines are the sheet's row numbers. */
export async function readXlsx(bytes: Uint8Array): Promise<Tabular> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notAWorkbook();
  const records: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column)));
    records.push({ line, cells });
  });
  const [header, ...rows] = records;
  const width = header ? header.cells.findLastIndex((c) => c !== '') + 1 : 0;
  return { format: 'xlsx', encoding: null, separator: null, headers: header?.cells.slice(0, width) ?? [], rows };
}

/** What the cell shows; a number keeps all its digits (a SIRET typed as a number stays whole). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return (cell.text ?? '').trim();
}
