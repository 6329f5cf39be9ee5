import { finished } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../http/errors.ts';
import { decodeText, detectSeparator, type Encoding, type Separator } from './file-decoding.ts';
import type { Tabular } from './tabular-file.ts';

const newlines = (record: string[]) => record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
/** Text handed to the parser at a time; the event loop gets a turn between two (the embedded database shares it). */
const CHUNK = 256 * 1024;

export type CsvReading = { encoding?: Encoding; separator?: Separator };

type Parsed = { record: string[]; info: { lines: number } };

async function parseRecords(text: string, delimiter: string): Promise<Parsed[]> {
  let lastGoodLine = 0;
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record, context) => {
      lastGoodLine = context.lines;
      return record;
    },
  });
  const records: Parsed[] = [];
  parser.on('data', (record: Parsed) => records.push(record));
  const failed = new Promise<never>((_, reject) => parser.once('error', (error) => reject(csvProblem(error, lastGoodLine))));
  const fed = (async () => {
    for (let start = 0; start < text.length && !parser.destroyed; start += CHUNK) {
      parser.write(text.slice(start, start + CHUNK));
      await new Promise((resolve) => setImmediate(resolve));
    }
    parser.end();
    await finished(parser);
  })();
  fed.catch(() => {}); // a parse error is reported by `failed`
  await Promise.race([fed, failed]);
  return records;
}

/** Reads a whole CSV file, with the encoding and separator detected unless chosen: a quoting error anywhere refuses the file, naming its line. */
export async function readCsv(bytes: Uint8Array, reading: CsvReading = {}): Promise<Tabular> {
  const { text, encoding } = decodeText(bytes, reading.encoding);
  const separator = reading.separator ?? detectSeparator(text);
  const parsed = await parseRecords(text, separator);
  // `lines` counts up to the end of a record; a quoted cell may hold line breaks.
  const records = parsed.map(({ record, info }) => ({ line: info.lines - newlines(record), cells: record.map((c) => c.trim()) }));
  const [header, ...rows] = records;
  return { format: 'csv', encoding, separator, headers: header?.cells ?? [], rows };
}

function csvProblem(error: unknown, lastGoodLine: number): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = (error as CsvError & { lines?: number }).lines ?? lastGoodLine + 1;
  const messages: Record<string, [number, string]> = {
    CSV_QUOTE_NOT_CLOSED: [
      lastGoodLine + 1,
      'un champ commence par des guillemets qui ne sont jamais refermés. Doublez les guillemets à l’intérieur d’un champ ("").',
    ],
    CSV_INVALID_CLOSING_QUOTE: [line, 'des caractères suivent un guillemet fermant. Doublez les guillemets à l’intérieur d’un champ ("").'],
    INVALID_OPENING_QUOTE: [
      line,
      'un guillemet apparaît au milieu d’un champ. Entourez le champ de guillemets et doublez ceux qu’il contient.',
    ],
  };
  const [at, what] = messages[error.code] ?? [line, `le fichier CSV est illisible (${error.code}).`];
  return new AppError('validation', `Ligne ${at} : ${what}`, { errors: [{ path: `file.line.${at}`, message: what }] });
}
