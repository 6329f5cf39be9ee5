import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { IMPORT_SEPARATORS } from '../../../contracts/imports.ts';
import { AppError } from '../../http/errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'latin1';
export type Separator = (typeof IMPORT_SEPARATORS)[number];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * The file's text, by its byte-order mark first, then by UTF-8 validity: a Latin-1 file with
 * any accented letter is never valid UTF-8. Latin-1 is read as Windows-1252, which is what
 * Excel writes under that name (with the € sign and curly quotes).
 */
export function decodeText(bytes: Uint8Array, chosen?: Encoding): { text: string; encoding: Encoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded = chosen ? decodeAs(buffer, chosen) : detect(buffer);
  if (decoded.text.includes('\u0000')) {
    throw new AppError('validation', 'Ce fichier n’est ni un CSV ni un classeur XLSX : enregistrez-le dans l’un de ces formats.', {
      errors: [{ path: 'file', message: 'Contenu binaire' }],
    });
  }
  // Line breaks are counted once each, whatever system wrote the file.
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}

function detect(buffer: Buffer): { text: string; encoding: Encoding } {
  if (startsWith(buffer, [0xef, 0xbb, 0xbf])) return decodeAs(buffer, 'utf-8-bom');
  if (startsWith(buffer, [0xff, 0xfe])) return decodeAs(buffer, 'utf-16le');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return decodeAs(buffer, 'latin1');
  }
}

/** The encoding someone chose over the detected one; a byte-order mark is left out whichever it is. */
function decodeAs(buffer: Buffer, encoding: Encoding): { text: string; encoding: Encoding } {
  const withoutMark = (length: number, mark: number[]) => (startsWith(buffer, mark) ? buffer.subarray(length) : buffer);
  if (encoding === 'utf-16le') return { text: iconv.decode(withoutMark(2, [0xff, 0xfe]), 'utf16le'), encoding };
  const text = withoutMark(3, [0xef, 0xbb, 0xbf]);
  return { text: encoding === 'latin1' ? iconv.decode(text, 'win1252') : text.toString('utf8'), encoding };
}

const SAMPLE_RECORDS = 30;
/** The separator is guessed from the file's start: the parser would otherwise read all of it for each candidate. */
const SAMPLE_CHARS = 16 * 1024;

/**
 * How many columns each of the first records has with this separator, or null if none parses.
 * The sample may end inside a quoted field: the records before it still count.
 */
function columnCounts(sample: string, delimiter: Separator): number[] | null {
  const counts: number[] = [];
  try {
    parse(sample, {
      delimiter,
      to: SAMPLE_RECORDS,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        counts.push(record.length);
        return record;
      },
    });
  } catch {
    // what parsed before the error is kept
  }
  return counts.length > 0 ? counts : null;
}

/**
 * The separator that splits the first records into the most columns, all of them as many as
 * the header. A quoted field holding another candidate does not mislead it, being parsed.
 */
export function detectSeparator(text: string): Separator {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { separator: Separator; score: number } = { separator: ';', score: 0 };
  for (const separator of IMPORT_SEPARATORS) {
    const counts = columnCounts(sample, separator);
    const header = counts?.[0] ?? 1;
    if (!counts || header < 2) continue;
    const consistent = counts.every((n) => n === header);
    const score = header + (consistent ? 1000 : 0);
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}
