import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { qpvCollection } from '../../../../tests/helpers/territory-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { SYSTEM_ACTOR } from '../access/require-access.ts';
import { importQpv } from './qpv-import.ts';

let t: TestApp;
let coordinator: string;
let paris: string;
let observer: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  await importQpv(t.database.db, SYSTEM_ACTOR, async () => qpvCollection());
  paris = (
    await t.request({
      method: 'POST',
      url: '/api/v1/structures',
      as: coordinator,
      payload: { code: 'P75', kind: 'local', departement: '75', name: 'Paris' },
    })
  ).json().id;
  observer = (await t.userWithRole('observer', paris)).cookie;
  const partner = async (fields: Record<string, unknown>, stage: string, objectives: string[]) =>
    newPartnership(t, coordinator, paris, { organisationId: (await newOrganisation(t, coordinator, fields)).id, stage, objectives });
  // Two active partners in the 20th, one of them 290 m from the QPV; one in the 11th; one only identified.
  await partner({ sector: 'cultural', latitude: 48.869, longitude: 2.409 }, 'active', ['cultural_openness', 'distant_publics']);
  await partner({ sector: 'scientific', postcode: '75020' }, 'committed', ['scientific_openness']);
  await partner({ sector: 'cultural', postcode: '75011' }, 'durable', ['cultural_openness']);
  await partner({ sector: 'media', postcode: '75011' }, 'identified', ['political_openness']);
});
afterAll(() => t.close());

const get = async (url: string, as = observer) => t.request({ method: 'GET', url, as });

describe('coverage map', () => {
  it('counts active partners by arrondissement, listing every arrondissement of the structure', async () => {
    const response = await get(`/api/v1/coverage?structureId=${paris}`);
    expect(response.statusCode, response.body).toBe(200);
    const coverage = response.json();
    expect(coverage.territories).toHaveLength(20);
    const partners = Object.fromEntries(coverage.territories.map((x: { code: string; partners: number }) => [x.code, x.partners]));
    expect(partners).toMatchObject({ '75120': 2, '75111': 1, '75101': 0 });
    expect(coverage.totals).toMatchObject({ partners: 3, located: 3, qpv: 1, qpvReached: 1 });
    expect(coverage.qpv).toEqual([{ code: 'QN07520M', name: 'Belleville Amandiers', departement: '75', reached: true, partnersNear: 1 }]);
    expect(coverage.markers).toHaveLength(3);
  });

  it('filters by stage, sector and objective', async () => {
    const identified = (await get(`/api/v1/coverage?structureId=${paris}&stage=identified`)).json();
    expect(identified.totals.partners).toBe(1);
    const cultural = (await get(`/api/v1/coverage?structureId=${paris}&sector=cultural`)).json();
    expect(cultural.totals.partners).toBe(2);
    const scientific = (await get(`/api/v1/coverage?structureId=${paris}&objective=scientific_openness`)).json();
    expect(scientific.totals).toMatchObject({ partners: 1, qpvReached: 0 });
  });

  it('refuses a structure the caller does not belong to, and unknown filters', async () => {
    const other = (await t.createStructure('O1')).id;
    expect((await get(`/api/v1/coverage?structureId=${other}`)).statusCode).toBe(403);
    expect((await get('/api/v1/coverage?stage=married')).statusCode).toBe(400);
    expect((await get('/api/v1/coverage/matrix?objective=cultural_openness')).statusCode).toBe(400);
  });
});

describe('coverage matrix', () => {
  it('counts partners by sector and objective, and by arrondissement and objective; zero cells are the gaps', async () => {
    const matrix = (await get(`/api/v1/coverage/matrix?structureId=${paris}`)).json();
    const cultural = matrix.sectors.find((s: { sector: string }) => s.sector === 'cultural');
    expect(cultural).toEqual({
      sector: 'cultural',
      partners: 2,
      counts: { cultural_openness: 2, political_openness: 0, scientific_openness: 0, distant_publics: 1 },
    });
    expect(matrix.sectors).toHaveLength(7);
    const twentieth = matrix.territories.find((x: { code: string }) => x.code === '75120');
    expect(twentieth.counts).toEqual({ cultural_openness: 1, political_openness: 0, scientific_openness: 1, distant_publics: 1 });
    expect(matrix.territories).toHaveLength(20);
  });

  it('across structures, lists only the territories that have partners', async () => {
    const matrix = (await get('/api/v1/coverage/matrix', coordinator)).json();
    expect(matrix.territories.map((x: { code: string }) => x.code)).toEqual(['75111', '75120']);
  });
});

describe('event markers', () => {
  it('puts the structure’s events held at a located venue on the map, never a cancelled one', async () => {
    const venue = await newOrganisation(t, coordinator, { name: 'Salle des fêtes', sector: 'cultural', latitude: 48.87, longitude: 2.39 });
    const nowhere = await newOrganisation(t, coordinator, { name: 'Lieu sans adresse', sector: 'cultural' });
    const db = t.database.db;
    const event = (title: string, venueId: string, status: string) =>
      db.execute(
        sql`insert into events (structure_id, venue_id, title, format, status) values (${paris}, ${venueId}, ${title}, 'debate', ${status}) returning id`,
      );
    const held = ((await event('Débat mobilités', venue.id, 'confirmed')) as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await db.execute(
      sql`insert into event_slots (event_id, starts_at, ends_at) values (${held}, '2027-03-01T18:00:00Z', '2027-03-01T20:00:00Z')`,
    );
    await event('Débat annulé', venue.id, 'cancelled');
    await event('Débat sans lieu connu', nowhere.id, 'confirmed');
    const coverage = (await get(`/api/v1/coverage?structureId=${paris}`)).json();
    expect(coverage.events).toEqual([
      {
        id: held,
        title: 'Débat mobilités',
        venueName: 'Salle des fêtes',
        startsAt: '2027-03-01T18:00:00.000Z',
        latitude: 48.87,
        longitude: 2.39,
      },
    ]);
  });
});
