import { describe, expect, it } from 'vitest';
import { type FeatureText, splitFeatures } from './geojson-features.ts';

/** The text cut into pieces of `size` bytes, as a file or an upload arrives. */
async function* inPieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function split(text: string, size = 7): Promise<FeatureText[]> {
  const out: FeatureText[] = [];
  for await (const piece of splitFeatures(inPieces(text, size))) out.push(piece);
  return out;
}

const feature = (name: string) => ({ type: 'Feature', properties: { nom: name }, geometry: { type: 'Point', coordinates: [2.38, 48.86] } });

describe('splitting a GeoJSON FeatureCollection as it arrives', () => {
  it('returns each feature whole, whatever the cut, braces and quotes inside strings included', async () => {
    const names = ['Musée {des} Arts', 'Théâtre "du" Coin \\ ]', 'Cité ✓ des sciences'];
    const text = `\uFEFF{"type":"FeatureCollection","name":"x {","features":[${names.map((n) => JSON.stringify(feature(n))).join(' ,\n ')}]}`;
    for (const size of [1, 3, 7, 4096]) {
      const pieces = await split(text, size);
      expect(pieces.map((p) => ('text' in p ? JSON.parse(p.text).properties.nom : p.error))).toEqual(names);
      expect(pieces.map((p) => p.index)).toEqual([0, 1, 2]);
    }
  });

  it('reports a bare value where a feature should be with its index, and reads on', async () => {
    const text = `{"features":[${JSON.stringify(feature('A'))},null,42,${JSON.stringify(feature('B'))}],"type":"FeatureCollection"}`;
    const pieces = await split(text);
    expect(pieces.map((p) => ('error' in p ? `${p.index}:bad` : `${p.index}:ok`))).toEqual(['0:ok', '1:bad', '2:bad', '3:ok']);
  });

  it('reports a truncated file after the features read whole', async () => {
    const text = `{"type":"FeatureCollection","features":[${JSON.stringify(feature('A'))},${JSON.stringify(feature('B')).slice(0, 30)}`;
    const pieces = await split(text);
    expect(pieces).toHaveLength(2);
    expect(pieces[1]).toMatchObject({ index: 1, error: expect.stringContaining('tronqué') });
  });

  it('returns a lone Feature, and refuses what is not GeoJSON', async () => {
    expect((await split(JSON.stringify(feature('Seul')))).map((p) => 'text' in p && JSON.parse(p.text).properties.nom)).toEqual(['Seul']);
    await expect(split('nom;adresse\nA;B')).rejects.toThrow(/objet JSON est attendu/);
    await expect(split('{"type":"Topology","objects":{}}')).rejects.toThrow(/FeatureCollection ou Feature attendu/);
    await expect(split('{"type":"FeatureCollection","feat')).rejects.toThrow(/tronqué/);
  });

  it('keeps memory flat on a 50 MB collection (one feature held at a time)', async () => {
    const count = 200_000;
    const padding = 'x'.repeat(160);
    async function* generated(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode('{"type":"FeatureCollection","features":[');
      for (let i = 0; i < count; i += 1000) {
        const batch: string[] = [];
        for (let j = i; j < i + 1000; j++)
          batch.push(JSON.stringify({ ...feature(`Lieu ${j}`), properties: { nom: `Lieu ${j}`, note: padding } }));
        yield encoder.encode(`${i ? ',' : ''}${batch.join(',')}`);
      }
      yield encoder.encode(']}');
    }
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    let read = 0;
    let bytes = 0;
    for await (const piece of splitFeatures(generated())) {
      read += 1;
      if ('text' in piece) bytes += piece.text.length;
      if (read % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(read).toBe(count);
    expect(bytes).toBeGreaterThan(50_000_000);
    // Reading the file whole would hold its 50 MB text and every parsed feature at once.
    expect(peak - before).toBeLessThan(80 * 1024 * 1024);
  }, 60_000);
});
