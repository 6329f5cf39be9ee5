import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { DISCOVERY_TOTAL_CAP } from '../../../contracts/discovery.ts';
import type { EntryInput } from '../opendata/directory-entry.ts';
import { upsertEntries } from '../opendata/opendata.queries.ts';

let t: TestApp;
let member: string;
let structureId: string;
/** More than the nearest-candidates walk takes (300), fewer than the count's cap (500). */
const FILLERS = 450;

const entry = (sourceId: string, name: string, extra: Partial<EntryInput> = {}): EntryInput => ({
  source: 'rna',
  sourceId,
  name,
  sector: 'social',
  postcode: '75012',
  inseeCode: '75112',
  latitude: 48.84,
  longitude: 2.39,
  geoPrecision: 'point',
  description: null,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  structureId = paris.id;
  await t.database.db.execute(sql`update structures set postcode = '75020', city = 'Paris' where id = ${structureId}`);
  member = (await t.userWithRole('member', paris.id)).cookie;
  // Off-theme fillers further away, sorting before the good candidates by name, then two that deserve the top.
  const fillers = Array.from({ length: FILLERS }, (_, i) =>
    entry(`F${String(i).padStart(4, '0')}`, `Aaa association ${i}`, { latitude: 48.9, longitude: 2.25, inseeCode: '75117' }),
  );
  await upsertEntries(t.database.db, fillers, new Date());
  await upsertEntries(
    t.database.db,
    [
      entry('Z1', 'Zz Vélo du quartier', { description: 'Vélo et mobilité', latitude: 48.8716, longitude: 2.3849, qpvCode: 'QN07520M' }),
      entry('Z2', 'Zz Marche exilée', { description: 'Marche et exil', latitude: 48.87, longitude: 2.39 }),
    ],
    new Date(),
  );
});
afterAll(() => t.close());

const search = async (params = '') => {
  const response = await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}${params}`, as: member });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { name: string; score: number }[]; total: number; totalCapped: boolean; ranked: number };
};

describe('a search without keywords scores a bounded shortlist', () => {
  it('counts every candidate, ranks the shortlist only, and still finds the best ones first', async () => {
    const page = await search();
    expect(page.total).toBe(FILLERS + 2);
    expect(page.totalCapped).toBe(false);
    // The 300 nearest (the good two among them), the themed and the QPV walks add nothing new.
    expect(page.ranked).toBe(300);
    expect(page.items.slice(0, 2).map((i) => i.name)).toEqual(['Zz Vélo du quartier', 'Zz Marche exilée']);
    expect(page.items[0]!.score).toBeGreaterThan(page.items[2]!.score);
  });

  it('pages stop at the shortlist', async () => {
    expect((await search('&pageSize=100&page=3')).items).toHaveLength(100);
    expect((await search('&pageSize=100&page=4')).items).toHaveLength(0);
  });

  it('applies filters before the shortlist, so a narrow filter reaches every match', async () => {
    const page = await search('&territory=75117&pageSize=10');
    expect(page.total).toBe(FILLERS);
    expect(page.items.every((i) => i.name.startsWith('Aaa'))).toBe(true);
  });

  it('counts up to the cap, then says there are more', async () => {
    const more = Array.from({ length: DISCOVERY_TOTAL_CAP - FILLERS + 1 }, (_, i) =>
      entry(`G${String(i).padStart(4, '0')}`, `Aab association ${i}`, { latitude: 48.9, longitude: 2.25, inseeCode: '75117' }),
    );
    await upsertEntries(t.database.db, more, new Date());
    const page = await search('&territory=75117&pageSize=10');
    expect(page).toMatchObject({ total: DISCOVERY_TOTAL_CAP, totalCapped: true });
  });

  it('shortlists from every territory asked for, not the first one only', async () => {
    // 75117 alone holds more than the count's walk takes; two off-theme rows of 75118 sort first by name.
    await upsertEntries(
      t.database.db,
      ['Aa0 du 18e', 'Aa1 du 18e'].map((name, i) => entry(`H${i}`, name, { latitude: 48.9, longitude: 2.25, inseeCode: '75118' })),
      new Date(),
    );
    const page = await search('&territory=75117,75118&pageSize=10');
    expect(page.items.slice(0, 2).map((i) => i.name)).toEqual(['Aa0 du 18e', 'Aa1 du 18e']);
  });
});
