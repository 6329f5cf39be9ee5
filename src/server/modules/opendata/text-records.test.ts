import { describe, expect, it } from 'vitest';
import { openRecords, type RecordItem } from './text-records.ts';

/** The bytes cut every `size` bytes, so that quotes, line breaks and accents fall on chunk edges. */
async function* chunked(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(text: string | Buffer, size: number): Promise<{ headers: string[]; items: RecordItem[] }> {
  const stream = await openRecords(chunked(Buffer.isBuffer(text) ? text : Buffer.from(text), size), { bytes: 0 });
  const items: RecordItem[] = [];
  for await (const item of stream.records) items.push(item);
  return { headers: stream.headers, items };
}

/** Rows before the cases, so that these come after the 64 KiB head and across chunk edges. */
const FILLERS = 5_000;
const FILE = [
  '\uFEFF"id";"titre";"objet"',
  ...Array.from({ length: FILLERS }, () => '"F";"remplissage";"é"'),
  '"W1";"Vélo ""Cité""";"Promouvoir ; le vélo\r\net la marche"',
  '',
  'W2;Chorale 2 "Belleville";Chanter\r',
  '"W3";"Atelier";"ligne un',
  'ligne deux',
  'ligne trois"',
  '"W4";"Café";"fin sans saut de ligne"',
].join('\n');

const EXPECTED: RecordItem[] = [
  { line: FILLERS + 2, cells: ['W1', 'Vélo "Cité"', 'Promouvoir ; le vélo\net la marche'] },
  { line: FILLERS + 5, cells: ['W2', 'Chorale 2 "Belleville"', 'Chanter'] },
  { line: FILLERS + 6, cells: ['W3', 'Atelier', 'ligne un\nligne deux\nligne trois'] },
  { line: FILLERS + 9, cells: ['W4', 'Café', 'fin sans saut de ligne'] },
];

describe('reading delimited records', () => {
  it('reads quotes, doubled quotes, separators and line breaks in cells, CRLF and empty lines, whatever the chunk size', async () => {
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
      const { headers, items } = await readAll(FILE, size);
      expect(headers, `chunks of ${size}`).toEqual(['id', 'titre', 'objet']);
      expect(items.length, `chunks of ${size}`).toBe(FILLERS + EXPECTED.length);
      expect(items.slice(FILLERS), `chunks of ${size}`).toEqual(EXPECTED);
    }
  });

  it('reports a quote closed in the middle of a cell at its line and reads on', async () => {
    const { items } = await readAll('"a";"b"\n"1";"x"y";"2"\n"3";"4"\n', 5);
    expect(items).toEqual([
      { line: 2, error: 'ligne illisible : guillemets mal placés' },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('ends a file cut inside a quoted cell with the truncation, at the line the record starts', async () => {
    const { items } = await readAll('"a";"b"\n"1";"2"\n"3";"jamais\nrefermé', 4);
    expect(items).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, error: 'fichier tronqué : un champ entre guillemets n’est jamais refermé' },
    ]);
  });

  it('switches to Windows-1252 when an accent shows the file is not UTF-8 after all', async () => {
    const head = `"a";"b"\n${'"x";"y"\n'.repeat(9000)}`;
    const latin1 = Buffer.concat([Buffer.from(head), Buffer.from([0x22, 0xe9, 0x22, 0x3b, 0x22, 0x7a, 0x22, 0x0a])]);
    const { items } = await readAll(latin1, 4096);
    expect(items.at(-1)).toEqual({ line: 9002, cells: ['é', 'z'] });
  });
});
