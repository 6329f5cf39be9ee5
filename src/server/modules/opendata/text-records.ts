import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../http/errors.ts';
import { decodeText, detectSeparator, type Encoding, type Separator } from '../imports/file-decoding.ts';

/** Bytes read ahead to detect the encoding and the separator, and to read the header. */
const HEAD_BYTES = 64 * 1024;

/** A record of the file, by the line it starts on; or why the file stops being readable there. */
export type RecordItem = { line: number; cells: string[] } | { line: number; error: string };

export type RecordStream = {
  encoding: Encoding;
  separator: Separator;
  headers: string[];
  records: AsyncGenerator<RecordItem>;
};

/** Counts the bytes taken from the source, for a progress bar. */
export type ByteCounter = { bytes: number };

const invalid = (detail: string) => new AppError('validation', detail, { errors: [{ path: 'file', message: detail }] });

async function readHead(iterator: AsyncIterator<Uint8Array>, counter: ByteCounter): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    const chunk = Buffer.from(next.value);
    counter.bytes += chunk.byteLength;
    parts.push(chunk);
    size += chunk.byteLength;
  }
  return { head: Buffer.concat(parts), done: false };
}

/**
 * Decodes the byte chunks as the head said. A file that looked like UTF-8 but turns out not to be
 * (a Latin-1 file whose first accent comes late) is read as Windows-1252 from that chunk on:
 * what came before was plain ASCII, the same in both.
 */
async function* decodeChunks(first: Buffer, rest: AsyncIterator<Uint8Array>, encoding: Encoding, counter: ByteCounter) {
  let mode: 'utf-8' | 'win1252' | 'utf16le' = encoding === 'latin1' ? 'win1252' : encoding === 'utf-16le' ? 'utf16le' : 'utf-8';
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const utf16 = iconv.getDecoder('utf16le');
  const decode = (chunk: Buffer): string => {
    if (mode === 'utf16le') return utf16.write(chunk);
    if (mode === 'utf-8') {
      try {
        return utf8.decode(chunk, { stream: true });
      } catch {
        mode = 'win1252';
      }
    }
    return iconv.decode(chunk, 'win1252');
  };
  const skip = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-16le' ? 2 : 0;
  yield decode(first.subarray(skip));
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    const chunk = Buffer.from(next.value);
    counter.bytes += chunk.byteLength;
    yield decode(chunk);
  }
  if (mode === 'utf-8') yield utf8.decode();
}

/** The head up to its last complete line, so that no character is cut in two. */
function completeLines(head: Buffer, done: boolean): Buffer {
  if (done) return head;
  const end = head.lastIndexOf(0x0a);
  return end > 0 ? head.subarray(0, end + 1) : head;
}

/**
 * Opens a delimited text file as a stream of records, never holding it whole: encoding (UTF-8,
 * UTF-8 with BOM, UTF-16, Latin-1) and separator are detected on its first 64 KiB, by the same
 * rules as the CRM import. A record that cannot be parsed is reported with its line and skipped;
 * a quote never closed (a truncated file) ends the stream with an error item.
 */
export async function openRecords(source: AsyncIterable<Uint8Array>, counter: ByteCounter, separator?: Separator): Promise<RecordStream> {
  const iterator = source[Symbol.asyncIterator]();
  const { head, done } = await readHead(iterator, counter);
  if (head.byteLength === 0) throw invalid('Le fichier est vide.');
  const { text, encoding } = decodeText(completeLines(head, done));
  const delimiter = separator ?? detectSeparator(text);
  const records = recordsOf(Readable.from(decodeChunks(head, iterator, encoding, counter)), delimiter);
  const first = await records.next();
  if (first.done || 'error' in first.value) throw invalid('Le fichier ne contient aucune ligne lisible.');
  const headers = first.value.cells.map((h) => h.trim());
  return { encoding, separator: delimiter, headers, records };
}

const newlines = (record: string[]) => record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

const TRUNCATED = 'fichier tronqué : un champ entre guillemets n’est jamais refermé';
/** Records buffered ahead of the consumer before the file is paused. */
const QUEUE_HIGH = 1_000;

/**
 * Parses with events rather than async iteration: a stream that fails drops what it buffered,
 * and the rows before a truncation must still be imported.
 */
async function* recordsOf(text: Readable, delimiter: string): AsyncGenerator<RecordItem> {
  const queue: RecordItem[] = [];
  let lastLine = 0;
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = (error as CsvError & { lines?: number })?.lines ?? lastLine + 1;
      const truncated = error?.code === 'CSV_QUOTE_NOT_CLOSED';
      queue.push({
        line: truncated ? lastLine + 1 : line,
        error: truncated ? TRUNCATED : `ligne illisible (${error?.code ?? 'CSV'}) : guillemets mal placés`,
      });
    },
  });
  parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
    lastLine = info.lines;
    queue.push({ line: info.lines - newlines(record), cells: record.map((cell) => cell.replace(/\r\n?/g, '\n').trim()) });
    if (queue.length >= QUEUE_HIGH) parser.pause();
    notify();
  });
  parser.on('end', () => {
    ended = true;
    notify();
  });
  parser.on('error', (error) => {
    if (error instanceof CsvError) queue.push({ line: lastLine + 1, error: TRUNCATED });
    else failure = error;
    ended = true;
    notify();
  });
  text.on('error', (error) => {
    failure = error;
    ended = true;
    notify();
  });
  text.pipe(parser);
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        if (queue.length < QUEUE_HIGH / 10 && parser.isPaused()) parser.resume();
        yield next;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    text.destroy();
    parser.destroy();
  }
}
