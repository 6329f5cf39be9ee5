import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { EntryInput } from '../opendata/directory-entry.ts';
import { upsertEntries } from '../opendata/opendata.queries.ts';

let t: TestApp;
let member: string;
let outsider: string;
let structureId: string;

const BELLEVILLE = { latitude: 48.8716, longitude: 2.3849 };

function candidate(sourceId: string, name: string, extra: Partial<EntryInput> = {}): EntryInput {
  return {
    source: 'rna',
    sourceId,
    name,
    sector: 'social',
    postcode: '75020',
    inseeCode: '75120',
    ...BELLEVILLE,
    geoPrecision: 'point',
    ...extra,
  };
}

type Item = { id: string; name: string; sector: string; score: number; explanation: string; knownStage: string | null };
type Gap = { sector: string | null; inseeCode: string | null; objective: string };

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  structureId = paris.id;
  await t.database.db.execute(sql`update structures set postcode = '75020', city = 'Paris' where id = ${structureId}`);
  member = (await t.userWithRole('member', paris.id)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
  await upsertEntries(
    t.database.db,
    [
      // The social candidates stand closest and reach a QPV: they outscore the others overall.
      candidate('G1', 'Lacuna Centre social du quartier', { qpvCode: 'QN07520M', qpvDistanceMeters: 0, description: 'mobilité vélo' }),
      candidate('G2', 'Lacuna Maison des habitants', { qpvCode: 'QN07520M', qpvDistanceMeters: 0 }),
      candidate('G3', 'Lacuna Laboratoire de physique', { sector: 'scientific', latitude: 48.85, longitude: 2.35 }),
      candidate('G4', 'Lacuna Observatoire amateur', { sector: 'scientific', latitude: 48.84, longitude: 2.33 }),
      candidate('G5', 'Lacuna Collège Jean Jaurès', { sector: 'educational', inseeCode: '75119', postcode: '75019' }),
      candidate('G6', 'Lacuna Régie de quartier', { inseeCode: '75119', postcode: '75019', qpvCode: 'QN07519M', qpvDistanceMeters: 0 }),
    ],
    new Date(),
  );
});
afterAll(() => t.close());

const get = async (url: string, as = member) => t.request({ method: 'GET', url, as });
async function candidates(params: string) {
  const response = await get(`/api/v1/coverage/gaps/candidates?structureId=${structureId}&${params}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { partners: number; items: Item[] };
}
async function gaps() {
  const response = await get(`/api/v1/coverage/gaps?structureId=${structureId}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Gap[] }).items;
}

describe('candidates for a gap', () => {
  it('for a sector gap, returns the candidates of that sector, best discovery score first, with their explanation', async () => {
    const overall = (await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}`, as: member })).json();
    expect(overall.items[0].sector).toBe('social');
    const result = await candidates('sector=scientific&objective=scientific_openness');
    expect(result.partners).toBe(0);
    expect(result.items.map((i) => i.name)).toEqual(['Lacuna Laboratoire de physique', 'Lacuna Observatoire amateur']);
    expect(result.items[0]!.score).toBeGreaterThanOrEqual(result.items[1]!.score);
    expect(result.items[0]!.explanation).toMatch(/^Score \d+\/100/);
  });

  it('for a territory gap, puts the candidates whose sector serves the objective first', async () => {
    const result = await candidates('inseeCode=75119&objective=scientific_openness');
    expect(result.items.map((i) => i.name)).toEqual(['Lacuna Collège Jean Jaurès', 'Lacuna Régie de quartier']);
    const social = await candidates('inseeCode=75119&objective=distant_publics');
    expect(social.items.map((i) => i.name)).toEqual(['Lacuna Régie de quartier', 'Lacuna Collège Jean Jaurès']);
  });

  it('no longer lists a gap once a partner fills it, nor offers that partner again', async () => {
    const scientificGap = (g: Gap) => g.sector === 'scientific' && g.objective === 'scientific_openness';
    expect((await gaps()).some(scientificGap)).toBe(true);
    const [entry] = (await candidates('sector=scientific&objective=scientific_openness')).items;
    const added = await t.request({
      method: 'POST',
      url: '/api/v1/discovery/add',
      as: member,
      payload: { entryId: entry!.id, structureId },
    });
    expect(added.statusCode, added.body).toBe(201);
    const partnershipUrl = `/api/v1/partnerships/${added.json().partnershipId}`;
    const { version } = (await get(partnershipUrl)).json();
    const filled = await t.request({
      method: 'PATCH',
      url: partnershipUrl,
      as: member,
      payload: { version, stage: 'committed', objectives: ['scientific_openness'] },
    });
    expect(filled.statusCode, filled.body).toBe(200);
    expect((await gaps()).some(scientificGap)).toBe(false);
    expect((await gaps()).some((g) => g.sector === 'scientific' && g.objective === 'cultural_openness')).toBe(true);
    const after = await candidates('sector=scientific&objective=scientific_openness');
    expect(after.partners).toBe(1);
    expect(after.items.map((i) => i.name)).toEqual(['Lacuna Observatoire amateur']);
  });

  it('refuses both or neither of sector and territory, an unknown territory, and another structure', async () => {
    const base = `/api/v1/coverage/gaps/candidates?structureId=${structureId}&objective=distant_publics`;
    expect((await get(base)).statusCode).toBe(400);
    expect((await get(`${base}&sector=media&inseeCode=75119`)).statusCode).toBe(400);
    const unknown = await get(`${base}&inseeCode=13055`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toMatch(/Territoire inconnu/);
    expect((await get(`${base}&sector=media`, outsider)).statusCode).toBe(403);
    expect((await get(`/api/v1/coverage/gaps?structureId=${structureId}`, outsider)).statusCode).toBe(403);
  });
});
