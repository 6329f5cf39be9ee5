import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { parisToday } from '../lib/paris-time.ts';

export type Cell = string | number | boolean | null | undefined;
export type ExportColumn<T> = { header: string; value: (row: T) => Cell; width?: number };
/** What an export holds: its columns, and its rows in batches (a whole list view, read a little at a time). */
export type ExportSource<T> = { columns: ExportColumn<T>[]; batches: AsyncIterable<T[]> };

export const EXPORT_BATCH = 1_000;

/** Rows by id, in the order of `ids`, fetched a batch at a time; rows gone meanwhile are left out. */
export async function* inOrder<T extends { id: string }>(ids: string[], fetch: (ids: string[]) => Promise<T[]>): AsyncIterable<T[]> {
  for (let start = 0; start < ids.length; start += EXPORT_BATCH) {
    const chunk = ids.slice(start, start + EXPORT_BATCH);
    const byId = new Map((await fetch(chunk)).map((row) => [row.id, row]));
    yield chunk.flatMap((id) => byId.get(id) ?? []);
  }
}

/** A spreadsheet runs a cell that starts like a formula: such text is kept as text by a leading apostrophe (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralised = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** French Excel reads numbers with a decimal comma; our own numbers are never taken for formulas. */
function csvText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  return neutralised(cell);
}

const quoted = (text: string) => (/[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text);
const csvLine = (cells: Cell[]) => `${cells.map((cell) => quoted(csvText(cell))).join(';')}\r\n`;

/** CSV as French Excel opens it by a double click: UTF-8 with a BOM, semicolons, CRLF. */
export function csvStream<T>(source: ExportSource<T>): Readable {
  async function* lines() {
    yield Buffer.from(`\uFEFF${csvLine(source.columns.map((c) => c.header))}`);
    for await (const batch of source.batches) {
      yield Buffer.from(batch.map((row) => csvLine(source.columns.map((c) => c.value(row)))).join(''));
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** One sheet, written as it goes: a bold header row that stays in view while scrolling. Cells are text or numbers, never formulas. */
export function xlsxStream<T>(source: ExportSource<T>, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = source.columns.map((c) => ({ width: c.width ?? 18 }));
  const write = async () => {
    const header = sheet.addRow(source.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const batch of source.batches) {
      for (const row of batch) {
        sheet.addRow(source.columns.map((c) => xlsxValue(c.value(row)))).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
}

function xlsxValue(cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  return cell;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcf: 'text/vcard; charset=utf-8',
} as const;

/** Sends a download named after the list and the day, e.g. organisations-2026-11-29.csv. */
export function sendDownload(reply: FastifyReply, baseName: string, format: keyof typeof CONTENT_TYPES, body: Readable) {
  return reply
    .header('content-disposition', `attachment; filename="${baseName}-${parisToday()}.${format}"`)
    .header('cache-control', 'no-store')
    .type(CONTENT_TYPES[format])
    .send(body);
}

/** "2026-11-29 14:05", Paris wall-clock time, which spreadsheets read as a date. */
export function parisDateTime(value: Date | string | null): string | null {
  if (!value) return null;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}
