import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { EntryInput } from '../opendata/directory-entry.ts';
import { upsertEntries } from '../opendata/opendata.queries.ts';
import { territoryAt } from '../territory/geography.ts';

let t: TestApp;
let member: string;
let observer: string;
let outsider: string;
let structureId: string;

const BELLEVILLE = { latitude: 48.8716, longitude: 2.3849 };
const VERSAILLES = { latitude: 48.8049, longitude: 2.1204 };

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
    description: null,
    ...extra,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const paris = await t.createStructure('75');
  structureId = paris.id;
  await t.database.db.execute(sql`update structures set postcode = '75020', city = 'Paris' where id = ${structureId}`);
  member = (await t.userWithRole('member', paris.id)).cookie;
  observer = (await t.userWithRole('observer', paris.id)).cookie;
  outsider = (await t.userWithRole('member', (await t.createStructure('93')).id)).cookie;
  await upsertEntries(
    t.database.db,
    [
      candidate('W1', 'Themea Atelier vélo et marche', { description: 'Mobilité douce, vélo, déplacement' }),
      candidate('W2', 'Themea Club de bridge', { description: 'Jeux de cartes' }),
      candidate('W3', 'Proxima Ici'),
      candidate('W4', 'Proxima Là-bas', { ...VERSAILLES, postcode: '78000', inseeCode: '78646' }),
      candidate('W5', 'Reacha Quartier', { qpvCode: 'QN07520M', qpvDistanceMeters: 0 }),
      candidate('W6', 'Reacha Centre', { qpvDistanceMeters: 3000 }),
      candidate('W7', 'Gapa Théâtre du coin', { sector: 'cultural' }),
      candidate('W8', 'Gapa Laboratoire', { sector: 'scientific', inseeCode: '75119', postcode: '75019' }),
      candidate('W9', 'Ajouta Vélo école', { rna: 'W751000009', description: 'École de vélo pour adultes' }),
      candidate('W10', 'Doublona Maison', { rna: 'W751000010' }),
    ],
    new Date(),
  );
  // The network already holds a cultural partner in the 20th, serving cultural openness.
  const org = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: member,
    payload: { name: 'Théâtre partenaire', sector: 'cultural', postcode: '75020' },
  });
  await t.request({
    method: 'POST',
    url: '/api/v1/partnerships',
    as: member,
    payload: { organisationId: org.json().id, structureId, objectives: ['cultural_openness'] },
  });
  await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: member,
    payload: { name: 'Maison déjà connue', sector: 'social', rna: 'W751000010', postcode: '75020' },
  });
});
afterAll(() => t.close());

const search = async (params: string, as = member) => {
  const response = await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}&${params}`, as });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: {
      id: string;
      name: string;
      score: number;
      components: { theme: number; proximity: number; reach: number; gap: number };
      explanation: string;
      knownStage: string | null;
      gaps: string[];
      distanceKm: number | null;
    }[];
    total: number;
    origin: { label: string } | null;
  };
};
const names = (page: Awaited<ReturnType<typeof search>>) => page.items.map((i) => i.name);

describe('ranking candidates by a transparent score', () => {
  it('puts the candidate matching the theme lexicon first, and says which words matched', async () => {
    const page = await search('q=themea');
    expect(names(page)).toEqual(['Themea Atelier vélo et marche', 'Themea Club de bridge']);
    const [first, second] = page.items;
    expect(first!.components.theme).toBeGreaterThan(second!.components.theme);
    expect(first!.explanation).toContain('« vélo »');
    expect(first!.explanation).toMatch(/^Score \d+\/100/);
  });

  it('puts the nearer candidate first, measured from the structure’s arrondissement', async () => {
    const page = await search('q=proxima');
    expect(names(page)).toEqual(['Proxima Ici', 'Proxima Là-bas']);
    expect(page.items[0]!.components.proximity).toBeGreaterThan(page.items[1]!.components.proximity);
    expect(page.items[1]!.distanceKm).toBeGreaterThan(15);
    expect(page.origin?.label).toContain('votre lieu');
  });

  it('puts the candidate inside a priority neighbourhood first, and filters on it', async () => {
    const page = await search('q=reacha');
    expect(names(page)).toEqual(['Reacha Quartier', 'Reacha Centre']);
    expect(page.items[0]!.components.reach).toBe(1);
    expect(page.items[1]!.components.reach).toBe(0);
    expect(names(await search('q=reacha&qpv=in'))).toEqual(['Reacha Quartier']);
  });

  it('puts the candidate filling a sector, territory and objective gap first', async () => {
    const page = await search('q=gapa');
    expect(names(page)).toEqual(['Gapa Laboratoire', 'Gapa Théâtre du coin']);
    expect(page.items[0]!.gaps).toEqual(['sector', 'territory', 'objective']);
    expect(page.items[1]!.gaps).toEqual([]);
  });

  it('filters by sector, territory and radius', async () => {
    expect(names(await search('sector=scientific'))).toEqual(['Gapa Laboratoire']);
    expect(names(await search('territory=78646'))).toEqual(['Proxima Là-bas']);
    expect(names(await search(`near=${VERSAILLES.latitude},${VERSAILLES.longitude},2`))).toEqual(['Proxima Là-bas']);
  });

  it('refuses bad filters with 400, and a structure the user cannot read with 404', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}&near=91,2,3`, as: member })).statusCode,
    ).toBe(400);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}&territory=7512`, as: member }))
        .statusCode,
    ).toBe(400);
    expect((await t.request({ method: 'GET', url: `/api/v1/discovery/search?structureId=${structureId}`, as: outsider })).statusCode).toBe(
      404,
    );
  });
});

describe('acting on candidates', () => {
  const entryId = async (name: string) => (await search(`q=${encodeURIComponent(name)}`)).items.find((i) => i.name === name)!.id;

  it('adds a candidate to the pipeline as identified, then marks it as known', async () => {
    const id = await entryId('Ajouta Vélo école');
    const added = await t.request({ method: 'POST', url: '/api/v1/discovery/add', as: member, payload: { entryId: id, structureId } });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().createdOrganisation).toBe(true);
    const partnership = await t.request({ method: 'GET', url: `/api/v1/partnerships/${added.json().partnershipId}`, as: member });
    expect(partnership.json()).toMatchObject({ stage: 'identified', organisation: { name: 'Ajouta Vélo école' } });
    expect((await search('q=ajouta')).items[0]).toMatchObject({ knownStage: 'identified' });
    const again = await t.request({ method: 'POST', url: '/api/v1/discovery/add', as: member, payload: { entryId: id, structureId } });
    expect(again.statusCode).toBe(409);
  });

  it('answers 409 with the probable duplicate, then links to it when asked', async () => {
    const id = await entryId('Doublona Maison');
    const refused = await t.request({ method: 'POST', url: '/api/v1/discovery/add', as: member, payload: { entryId: id, structureId } });
    expect(refused.statusCode).toBe(409);
    const duplicate = refused.json().current.duplicates[0].organisation;
    expect(duplicate.name).toBe('Maison déjà connue');
    const linked = await t.request({
      method: 'POST',
      url: '/api/v1/discovery/add',
      as: member,
      payload: { entryId: id, structureId, organisationId: duplicate.id },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toMatchObject({ organisationId: duplicate.id, createdOrganisation: false });
  });

  it('remembers a dismissal: the candidate is no longer suggested to that structure', async () => {
    const id = await entryId('Proxima Là-bas');
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/discovery/dismissals',
          as: observer,
          payload: { entryId: id, structureId, reason: 'Trop loin' },
        })
      ).statusCode,
    ).toBe(403);
    const dismissed = await t.request({
      method: 'POST',
      url: '/api/v1/discovery/dismissals',
      as: member,
      payload: { entryId: id, structureId, reason: 'Trop loin' },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(201);
    expect(names(await search('q=proxima'))).toEqual(['Proxima Ici']);
  });

  it('ships the Mobilités lexicon and lets the structure change it, which changes the theme score', async () => {
    const initial = await t.request({ method: 'GET', url: `/api/v1/discovery/lexicon?structureId=${structureId}`, as: observer });
    expect(initial.json()).toMatchObject({ isDefault: true, version: null });
    expect(initial.json().words).toContain('vélo');
    const bridge = () => search('q=themea').then((p) => p.items.find((i) => i.name === 'Themea Club de bridge')!.components.theme);
    const before = await bridge();
    const saved = await t.request({
      method: 'PATCH',
      url: '/api/v1/discovery/lexicon',
      as: member,
      payload: { structureId, words: ['bridge', 'cartes'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await bridge()).toBeGreaterThan(before);
    const stale = await t.request({
      method: 'PATCH',
      url: '/api/v1/discovery/lexicon',
      as: member,
      payload: { structureId, words: ['vélo'], version: 7 },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('walking the directory (shortlists read by index, never the whole directory)', () => {
  // Around Vincennes: 1.9 km from the point in each direction (inside a 2 km radius), 2.1 km east (outside).
  const POINT = { latitude: 48.847, longitude: 2.44 };
  const KM_LON = 111.32 * Math.cos((POINT.latitude * Math.PI) / 180);
  const at = (north: number, east: number) => ({ latitude: POINT.latitude + north / 111.2, longitude: POINT.longitude + east / KM_LON });

  it('keeps every candidate within the radius, at its edge in each direction, and none beyond', async () => {
    // Each in the commune it stands in (Vincennes, Montreuil, Saint-Mandé, Fontenay…).
    const placed = (id: string, name: string, position: { latitude: number; longitude: number }) =>
      candidate(id, name, { ...position, inseeCode: territoryAt([position.longitude, position.latitude])!.code });
    const entries = [
      placed('R1', 'Radia Nord', at(1.9, 0)),
      placed('R2', 'Radia Sud', at(-1.9, 0)),
      placed('R3', 'Radia Est', at(0, 1.9)),
      placed('R4', 'Radia Ouest', at(0, -1.9)),
      placed('R5', 'Radia Trop loin', at(0, 2.1)),
    ];
    await upsertEntries(t.database.db, entries, new Date());
    const near = `near=${POINT.latitude},${POINT.longitude},2`;
    const found = names(await search(`q=radia&${near}`)).sort();
    expect(found).toEqual(['Radia Est', 'Radia Nord', 'Radia Ouest', 'Radia Sud']);
    expect(names(await search(near)).sort()).toEqual(found);
    // Words are whole (stemmed); a star asks for their beginning.
    expect(names(await search(`q=radi&${near}`))).toEqual([]);
    expect(names(await search(`q=radi*&${near}`)).sort()).toEqual(found);
    // Territories and a radius together: the same four, read through each territory's part of the radius.
    const territory = `territory=${[...new Set(entries.map((e) => e.inseeCode))].join(',')}`;
    expect(names(await search(`${territory}&${near}`)).sort()).toEqual(found);
    expect(names(await search(`q=radia&${territory}&${near}`)).sort()).toEqual(found);
    expect(names(await search(`q=radia&${territory}`)).sort()).toEqual([...found, 'Radia Trop loin'].sort());
    expect(names(await search(territory))).toEqual(expect.arrayContaining([...found, 'Radia Trop loin']));
    // A territory the radius does not reach: nothing, without reading its rows.
    expect(names(await search(`territory=75116&${near}`))).toEqual([]);
    expect(names(await search('q=radia&territory=75116'))).toEqual([]);
  });
});
