import { AppError } from '../../http/errors.ts';
import { type CsvReading, readCsv } from './csv-reader.ts';
import type { Encoding, Separator } from './file-decoding.ts';
import { readXlsx } from './xlsx-reader.ts';

export type TabularRow = { line: number; cells: string[] };
export type Tabular = {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  separator: Separator | null;
  headers: string[];
  rows: TabularRow[];
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const invalid = (detail: string, message: string) => new AppError('validation', detail, { errors: [{ path: 'file', message }] });

/**
 * Reads a whole upload into a header and rows, by its content more than its name: a workbook
 * is a zip archive, anything else is taken for CSV text, read as `reading` says or as detected. Empty rows are left out.
 */
export async function readTabular(bytes: Uint8Array, fileName: string, reading: CsvReading = {}): Promise<Tabular> {
  if (bytes.byteLength === 0) throw invalid('Le fichier est vide.', 'Fichier vide');
  if (startsWith(bytes, OLE)) {
    throw invalid('Les classeurs .xls (Excel 97-2003) ne sont pas lus : enregistrez le fichier au format .xlsx ou .csv.', 'Format .xls');
  }
  const isWorkbook = startsWith(bytes, ZIP) || /\.xlsx$/i.test(fileName);
  const table = isWorkbook ? await readXlsx(bytes) : await readCsv(bytes, reading);
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell !== ''));
  if (table.headers.every((h) => h === '')) throw invalid('Le fichier ne contient aucune ligne.', 'Aucune ligne');
  if (rows.length === 0) throw invalid('Le fichier ne contient qu’une ligne d’en-tête, sans données.', 'Aucune ligne de données');
  const headers = table.headers.map((h, i) => h || `Colonne ${i + 1}`);
  return { ...table, headers, rows };
}
