import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let coordinator: string;
let paris: string;
let seineSaintDenis: string;
let parisMember: string;
let parisObserver: string;
let outsider: string;
let exhibitionId: string;

const post = (url: string, payload: object, as = coordinator) => t.request({ method: 'POST', url, as, payload });
const stop = (structureId: string, departement: string, dates: [string, string, string, string], venueId?: string) => ({
  structureId,
  departement,
  installFrom: dates[0],
  opensOn: dates[1],
  closesOn: dates[2],
  removalUntil: dates[3],
  ...(venueId ? { venueId } : {}),
});

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordination@test.localhost');
  paris = (await t.createStructure('75')).id;
  seineSaintDenis = (await t.createStructure('93')).id;
  parisMember = (await t.userWithRole('member', paris)).cookie;
  parisObserver = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('manager', seineSaintDenis)).cookie;
  const created = await post('/api/v1/exhibitions', {
    title: 'Mobilités',
    theme: 'Se déplacer',
    modules: [{ title: "L'individu" }, { title: 'La ville et le groupe' }, { title: 'La planète' }],
  });
  expect(created.statusCode, created.body).toBe(201);
  exhibitionId = created.json().id;
});
afterAll(() => t.close());

describe('exhibition itinerary', () => {
  it('keeps the modules in order and the stops in itinerary order', async () => {
    const venue = await newOrganisation(t, coordinator);
    const second = await post(
      `/api/v1/exhibitions/${exhibitionId}/stops`,
      stop(seineSaintDenis, '93', ['2027-03-08', '2027-03-13', '2027-04-18', '2027-04-21']),
    );
    expect(second.statusCode, second.body).toBe(201);
    const first = await post(
      `/api/v1/exhibitions/${exhibitionId}/stops`,
      stop(paris, '75', ['2027-01-04', '2027-01-11', '2027-02-28', '2027-03-03'], venue.id),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ structure: { id: paris, name: 'Structure 75' }, venue: { id: venue.id, name: venue.name } });
    const detail = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: parisObserver })).json();
    expect(detail.modules.map((m: { title: string }) => m.title)).toEqual(["L'individu", 'La ville et le groupe', 'La planète']);
    expect(detail.stops.map((s: { departement: string }) => s.departement)).toEqual(['75', '93']);
  });

  it('refuses a stop overlapping another of the exhibition, naming it, and writes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: coordinator })).json().stops.length;
    // Its installation starts on the day the Paris stop's removal ends: the windows share a day.
    const clash = await post(
      `/api/v1/exhibitions/${exhibitionId}/stops`,
      stop(seineSaintDenis, '93', ['2027-03-03', '2027-03-05', '2027-03-06', '2027-03-07']),
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json().detail).toContain('Structure 75 (75)');
    expect(clash.json().detail).toContain('4 janvier 2027');
    const after = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: coordinator })).json().stops.length;
    expect(after).toBe(before);
  });

  it('refuses a venue booked twice over overlapping windows, even by another exhibition', async () => {
    const venue = await newOrganisation(t, coordinator, { name: 'Salle des fêtes de Bobigny' });
    const other = (await post('/api/v1/exhibitions', { title: 'Climats', theme: 'Climat' })).json().id;
    const booked = await post(
      `/api/v1/exhibitions/${exhibitionId}/stops`,
      stop(paris, '75', ['2027-05-01', '2027-05-03', '2027-05-20', '2027-05-22'], venue.id),
    );
    expect(booked.statusCode, booked.body).toBe(201);
    const twice = await post(
      `/api/v1/exhibitions/${other}/stops`,
      stop(seineSaintDenis, '93', ['2027-05-22', '2027-05-24', '2027-06-01', '2027-06-02'], venue.id),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('Salle des fêtes de Bobigny');
    const elsewhere = await post(
      `/api/v1/exhibitions/${other}/stops`,
      stop(seineSaintDenis, '93', ['2027-05-23', '2027-05-24', '2027-06-01', '2027-06-02'], venue.id),
    );
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
  });

  it('wants installation ≤ opening ≤ closing ≤ removal', async () => {
    for (const dates of [
      ['2027-08-05', '2027-08-04', '2027-08-10', '2027-08-12'],
      ['2027-08-01', '2027-08-04', '2027-08-03', '2027-08-12'],
      ['2027-08-01', '2027-08-04', '2027-08-10', '2027-08-09'],
    ] as [string, string, string, string][]) {
      const res = await post(`/api/v1/exhibitions/${exhibitionId}/stops`, stop(paris, '75', dates));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^body\.(opensOn|closesOn|removalUntil)$/);
    }
  });

  it('checks an updated stop against the others but not against itself, and refuses a stale version', async () => {
    const detail = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: coordinator })).json();
    const parisStop = detail.stops[0];
    const url = `/api/v1/exhibitions/stops/${parisStop.id}`;
    const moved = await t.request({
      method: 'PATCH',
      url,
      as: coordinator,
      payload: { version: parisStop.version, closesOn: '2027-03-01' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url,
      as: coordinator,
      payload: { version: parisStop.version, closesOn: '2027-02-27' },
    });
    expect(stale.statusCode).toBe(409);
    const overlap = await t.request({
      method: 'PATCH',
      url,
      as: coordinator,
      payload: { version: parisStop.version + 1, removalUntil: '2027-03-09' },
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().detail).toContain('Structure 93');
  });

  it('lets only the coordination change the itinerary', async () => {
    const res = await post(
      `/api/v1/exhibitions/${exhibitionId}/stops`,
      stop(paris, '75', ['2027-09-01', '2027-09-02', '2027-09-10', '2027-09-11']),
      parisMember,
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('visitor counts', () => {
  it('are recorded per day by the stop’s structure, totalled, and replaced when set again', async () => {
    const parisStop = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: coordinator })).json().stops[0];
    const url = (day: string) => `/api/v1/exhibitions/stops/${parisStop.id}/visits/${day}`;
    expect((await t.request({ method: 'PUT', url: url('2027-01-12'), as: parisMember, payload: { visitors: 120 } })).statusCode).toBe(200);
    expect((await t.request({ method: 'PUT', url: url('2027-01-13'), as: parisMember, payload: { visitors: 80 } })).statusCode).toBe(200);
    const replaced = await t.request({ method: 'PUT', url: url('2027-01-12'), as: parisMember, payload: { visitors: 100 } });
    expect(replaced.json()).toEqual({
      stopId: parisStop.id,
      days: [
        { day: '2027-01-12', visitors: 100 },
        { day: '2027-01-13', visitors: 80 },
      ],
      total: 180,
    });
    const read = await t.request({ method: 'GET', url: `/api/v1/exhibitions/stops/${parisStop.id}/visits`, as: outsider });
    expect(read.json().total).toBe(180);
  });

  it('refuse another structure, an observer, a day outside the opening and a negative count', async () => {
    const parisStop = (await t.request({ method: 'GET', url: `/api/v1/exhibitions/${exhibitionId}`, as: coordinator })).json().stops[0];
    const url = (day: string) => `/api/v1/exhibitions/stops/${parisStop.id}/visits/${day}`;
    expect((await t.request({ method: 'PUT', url: url('2027-01-14'), as: outsider, payload: { visitors: 5 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url: url('2027-01-14'), as: parisObserver, payload: { visitors: 5 } })).statusCode).toBe(403);
    const closed = await t.request({ method: 'PUT', url: url('2027-01-05'), as: parisMember, payload: { visitors: 5 } });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().detail).toContain('11 janvier 2027');
    expect((await t.request({ method: 'PUT', url: url('2027-01-14'), as: parisMember, payload: { visitors: -1 } })).statusCode).toBe(400);
  });
});
