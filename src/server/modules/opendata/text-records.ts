import { isUtf8 } from 'node:buffer';
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

/** Where the last whole UTF-8 character of the bytes ends: a character cut at the end waits for the next chunk. */
function wholeUtf8End(bytes: Buffer): number {
  for (let k = bytes.length - 1; k >= Math.max(0, bytes.length - 4); k--) {
    const byte = bytes[k]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return bytes.length;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return bytes.length - k >= size ? bytes.length : k;
  }
  return bytes.length;
}

/**
 * Decodes the byte chunks as the head said (UTF-8 checked by the native validator, then decoded
 * natively). A file that looked like UTF-8 but turns out not to be (a Latin-1 file whose first
 * accent comes late) is read as Windows-1252 from that chunk on: what came before was plain
 * ASCII, the same in both.
 */
async function* decodeChunks(first: Buffer, rest: AsyncIterator<Uint8Array>, encoding: Encoding, counter: ByteCounter) {
  let mode: 'utf-8' | 'win1252' | 'utf16le' = encoding === 'latin1' ? 'win1252' : encoding === 'utf-16le' ? 'utf16le' : 'utf-8';
  const utf16 = iconv.getDecoder('utf16le');
  let cut: Buffer = Buffer.alloc(0);
  const decode = (chunk: Buffer): string => {
    if (mode === 'utf16le') return utf16.write(chunk);
    if (mode === 'utf-8') {
      const bytes = cut.length ? Buffer.concat([cut, chunk]) : chunk;
      const end = wholeUtf8End(bytes);
      const whole = bytes.subarray(0, end);
      if (isUtf8(whole)) {
        cut = bytes.subarray(end);
        return whole.toString('utf8');
      }
      mode = 'win1252';
      cut = Buffer.alloc(0);
      return iconv.decode(bytes, 'win1252');
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
  // A character cut by the end of the file: its bytes as Windows-1252 rather than an error.
  if (cut.length) yield iconv.decode(cut, 'win1252');
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
  const records = recordsOf(decodeChunks(head, iterator, encoding, counter), delimiter);
  const first = await records.next();
  if (first.done || 'error' in first.value) throw invalid('Le fichier ne contient aucune ligne lisible.');
  const headers = first.value.cells.map((h) => h.trim());
  return { encoding, separator: delimiter, headers, records };
}

const TRUNCATED = 'fichier tronqué : un champ entre guillemets n’est jamais refermé';
const MISPLACED_QUOTE = 'ligne illisible : guillemets mal placés';
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A cell as the readers want it: trimmed, its line breaks as `\n`. */
const finished = (cell: string) => (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell).trim();

/**
 * A CSV state machine over decoded chunks, its state kept from one chunk to the next. Cells are
 * cut as slices; a quoted cell jumps to its next quote (native search). A quoted cell may hold the
 * separator, `""` and line breaks; a quote inside an unquoted cell is kept as written; a closing
 * quote followed by anything but the separator or the end of the line makes the record unreadable
 * (reported with its line, skipped). Empty lines are passed over. A quote never closed (a
 * truncated file) ends the records with an error item.
 */
class CsvScanner {
  private cells: string[] = [];
  /** The current cell's text from earlier chunks, or before a `""`. */
  private pending = '';
  private quoted = false;
  /** The record has a quoted cell: a lone `""` is a record, not an empty line. */
  private quotedRecord = false;
  private misplaced = false;
  private line = 1;
  private recordLine = 1;
  private afterCr = false;
  /** A quote ending a chunk inside a quoted cell: closing or the first of `""`, the next chunk tells. */
  private carry = '';

  private readonly separator: number;

  constructor(separator: number) {
    this.separator = separator;
  }

  private endRecord(cell: string, out: RecordItem[]) {
    const { cells } = this;
    cells.push(cell);
    if (this.misplaced) out.push({ line: this.recordLine, error: MISPLACED_QUOTE });
    else if (cells.length > 1 || cells[0] !== '' || this.quotedRecord) out.push({ line: this.recordLine, cells: cells.map(finished) });
    this.cells = [];
    this.misplaced = false;
    this.quotedRecord = false;
  }

  /** The records the chunk completes. */
  scan(chunk: string): RecordItem[] {
    const out: RecordItem[] = [];
    const text = this.carry + chunk;
    this.carry = '';
    const length = text.length;
    const separator = this.separator;
    let from = 0;
    let nextLf = -1;
    let i = 0;
    while (i < length) {
      if (this.quoted) {
        const quote = text.indexOf('"', i);
        const stop = quote === -1 ? length : quote;
        if (nextLf < i) nextLf = text.indexOf('\n', i);
        while (nextLf !== -1 && nextLf < stop) {
          this.line += 1;
          nextLf = text.indexOf('\n', nextLf + 1);
        }
        if (quote === -1 || quote + 1 === length) {
          this.pending += text.slice(from, stop);
          if (quote !== -1) this.carry = '"';
          from = length;
          break;
        }
        const next = text.charCodeAt(quote + 1);
        if (next === QUOTE) {
          this.pending += text.slice(from, quote + 1);
          i = quote + 2;
          from = i;
          continue;
        }
        this.quoted = false;
        i = quote + 1;
        if (next !== separator && next !== LF && next !== CR) {
          this.misplaced = true;
          continue;
        }
        this.pending += text.slice(from, quote);
        from = i;
        continue;
      }
      const code = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (code === LF) {
          i += 1;
          from = i;
          continue;
        }
      }
      if (code === QUOTE && i === from && this.pending === '') {
        this.quoted = true;
        this.quotedRecord = true;
        from = i + 1;
      } else if (code === separator) {
        this.cells.push(this.pending + text.slice(from, i));
        this.pending = '';
        from = i + 1;
      } else if (code === LF || code === CR) {
        this.endRecord(this.pending + text.slice(from, i), out);
        this.pending = '';
        this.line += 1;
        this.recordLine = this.line;
        this.afterCr = code === CR;
        from = i + 1;
      }
      i += 1;
    }
    if (from < length) this.pending += text.slice(from);
    return out;
  }

  /** The last record, without a line break after it; or the truncation. */
  end(): RecordItem[] {
    const out: RecordItem[] = [];
    if (this.carry) this.quoted = false;
    if (this.quoted) out.push({ line: this.recordLine, error: TRUNCATED });
    else if (this.pending !== '' || this.cells.length || this.quotedRecord) this.endRecord(this.pending, out);
    return out;
  }
}

async function* recordsOf(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<RecordItem> {
  const scanner = new CsvScanner(delimiter.charCodeAt(0));
  for await (const chunk of chunks) yield* scanner.scan(chunk);
  yield* scanner.end();
}
