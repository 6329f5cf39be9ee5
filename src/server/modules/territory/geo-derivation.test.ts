import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { qpvCollection } from '../../../../tests/helpers/territory-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { SYSTEM_ACTOR } from '../access/require-access.ts';
import { deriveGeography } from './geo-derivation.ts';
import { importQpv } from './qpv-import.ts';

let t: TestApp;
let coordinator: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  await importQpv(t.database.db, SYSTEM_ACTOR, async () => qpvCollection());
});
afterAll(() => t.close());

describe('geography of a place', () => {
  it('derives arrondissement, QPV and distance from coordinates', async () => {
    expect(await deriveGeography(t.database.db, { latitude: 48.869, longitude: 2.4 })).toEqual({
      inseeCode: '75120',
      communeName: 'Paris',
      arrondissement: '75120',
      departement: '75',
      qpvCode: 'QN07520M',
      qpvDistanceMeters: 0,
      precision: 'point',
      latitude: 48.869,
      longitude: 2.4,
    });
  });

  it('places a postcode or an INSEE code at the centroid, approximate and without a QPV', async () => {
    const derived = await deriveGeography(t.database.db, { postcode: '93100' });
    expect(derived).toMatchObject({
      inseeCode: '93048',
      communeName: 'Montreuil',
      arrondissement: null,
      departement: '93',
      qpvCode: null,
      precision: 'approximate',
    });
    expect(derived.latitude).toBeCloseTo(48.86, 1);
    expect(await deriveGeography(t.database.db, { inseeCode: '75111' })).toMatchObject({
      arrondissement: '75111',
      precision: 'approximate',
    });
    expect(await deriveGeography(t.database.db, { postcode: '13001' })).toMatchObject({ inseeCode: null, precision: null, latitude: null });
  });

  it('reports no nearest QPV beyond 5 km, and none for a point outside Île-de-France', async () => {
    expect(await deriveGeography(t.database.db, { latitude: 48.8, longitude: 2.13 })).toMatchObject({
      qpvCode: null,
      qpvDistanceMeters: null,
      departement: '78',
    });
    expect(await deriveGeography(t.database.db, { latitude: 43.295, longitude: 5.375, postcode: '13001' })).toMatchObject({
      inseeCode: null,
      qpvCode: null,
      precision: 'point',
    });
  });
});

describe('organisations placed on create and update', () => {
  it('stores the QPV and the distance of an organisation created with coordinates', async () => {
    const org = await newOrganisation(t, coordinator, { latitude: 48.86, longitude: 2.44, postcode: '93100' });
    const place = (await t.request({ method: 'GET', url: `/api/v1/territory/organisations/${org.id}`, as: coordinator })).json();
    expect(place).toEqual({
      inseeCode: '93048',
      territoryName: 'Montreuil',
      territoryKind: 'commune',
      departement: '93',
      qpv: { code: 'QN09301M', name: 'Bel Air Grands Pêchers' },
      nearestQpvMeters: 0,
      precision: 'point',
    });
  });

  it('moves an organisation to its new arrondissement when its postcode changes', async () => {
    const org = await newOrganisation(t, coordinator, { postcode: '75011' });
    expect(org.inseeCode).toBe('75111');
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${org.id}`,
      as: coordinator,
      payload: { version: 1, postcode: '75020' },
    });
    expect(updated.json()).toMatchObject({ inseeCode: '75120', version: 2 });
    const place = (await t.request({ method: 'GET', url: `/api/v1/territory/organisations/${org.id}`, as: coordinator })).json();
    expect(place).toMatchObject({ territoryName: 'Paris 20e Arrondissement', precision: 'approximate', qpv: null });
  });

  it('answers 404 for an unknown organisation', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/territory/organisations/00000000-0000-4000-8000-000000000000',
      as: coordinator,
    });
    expect(response.statusCode).toBe(404);
  });
});
