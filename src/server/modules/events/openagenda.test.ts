import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAgendaStandIn } from '../../../../tests/helpers/openagenda-stand-in.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { PUBLIC_EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import { organisations } from '../../db/schema/index.ts';
import { parisLocalToDate } from '../../lib/paris-time.ts';

const KEY = 'cle-publique-essai';
const SECRET = 'cle-secrete-essai';
let standIn: Awaited<ReturnType<typeof startOpenAgendaStandIn>>;
let t: TestApp;
let paris: string;
let seineSaintDenis: string;
let member: string;
let outsider: string;
let venue: { id: string; name: string };

const slot = (start: string, end: string) => ({
  startsAt: parisLocalToDate(start).toISOString(),
  endsAt: parisLocalToDate(end).toISOString(),
});

async function newEvent(fields: Record<string, unknown>) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/events',
    as: member,
    payload: { structureId: paris, format: 'workshop', status: 'confirmed', ...fields },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function newOrganisation(fields: Record<string, unknown>) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations?force=true',
    as: member,
    payload: { sector: 'cultural', ...fields },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const run = (action: 'export' | 'import', payload: object, as = member) =>
  t.request({ method: 'POST', url: `/api/v1/events/openagenda/${action}`, as, payload });

/** The fields an OpenAgenda round trip must keep, as the events API shows them. */
async function comparable(structureId: string) {
  const res = await t.request({ method: 'GET', url: `/api/v1/events?structureId=${structureId}&sort=title`, as: member });
  return res.json().items.map((e: Record<string, unknown> & { slots: { startsAt: string; endsAt: string }[] }) => ({
    title: e.title,
    description: e.description,
    status: e.status,
    attendanceMode: e.attendanceMode,
    onlineUrl: e.onlineUrl,
    ageMin: e.ageMin,
    ageMax: e.ageMax,
    accessibility: [...(e.accessibility as string[])].sort(),
    registrationUrl: e.registrationUrl,
    venue: (e.venue as { id: string } | null)?.id ?? null,
    slots: e.slots.map((s) => [s.startsAt, s.endsAt]),
  }));
}

beforeAll(async () => {
  standIn = await startOpenAgendaStandIn({ key: KEY, secret: SECRET });
  t = await createTestApp({ openagenda: { url: standIn.url, key: KEY, secret: SECRET } });
  paris = (await t.createStructure('75')).id;
  seineSaintDenis = (await t.createStructure('93')).id;
  const admin = await t.userWithRole('coordinator', paris);
  member = admin.cookie;
  outsider = (await t.userWithRole('member', seineSaintDenis)).cookie;
  venue = await newOrganisation({
    name: 'Maison des Mobilités',
    address: '12 rue de Belleville',
    postcode: '75019',
    city: 'Paris',
    latitude: 48.8722,
    longitude: 2.3795,
  });
  await newEvent({
    venueId: venue.id,
    title: 'Atelier cartes sensibles',
    description: 'Dessiner ses trajets quotidiens, puis les comparer.',
    ageMin: 10,
    ageMax: 14,
    accessibility: ['motor', 'hearing'],
    registrationMode: 'external',
    registrationUrl: 'https://billetterie.exemple.org/cartes',
    // Across the change to summer time (28 March 2027).
    slots: [slot('2027-03-27T14:00', '2027-03-27T16:00'), slot('2027-03-28T14:00', '2027-03-28T16:00')],
  });
  await newEvent({
    title: 'Débat en ligne : la ville à 15 minutes',
    format: 'debate',
    status: 'cancelled',
    attendanceMode: 'online',
    onlineUrl: 'https://visio.exemple.org/debat',
    slots: [slot('2027-02-10T19:00', '2027-02-10T21:00')],
  });
  // Not public (an idea): never sent.
  await newEvent({ title: 'Idée de balade', status: 'idea', slots: [slot('2027-04-01T10:00', '2027-04-01T12:00')] });
}, 60_000);
/** Organisations an import created (source 'openagenda'). */
async function openagendaOrganisations() {
  const rows = await t.database.db.select().from(organisations).where(eq(organisations.source, 'openagenda'));
  return rows.map(({ name, address, postcode, city, latitude, longitude }) => ({ name, address, postcode, city, latitude, longitude }));
}

afterAll(async () => {
  await t.close();
  await standIn.close();
});

describe('OpenAgenda export and import (v2 API, local stand-in)', () => {
  it('exports the public events in the v2 shapes, then updates them on a second run instead of duplicating', async () => {
    const first = await run('export', { structureId: paris, agendaUid: '1111' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 2, updated: 0, skipped: [] });
    const sent = standIn.agendas.get('1111')!;
    expect(sent).toHaveLength(2);
    const workshop = sent.find((e) => (e.title as { fr: string }).fr === 'Atelier cartes sensibles')!;
    expect(workshop).toMatchObject({
      description: { fr: 'Dessiner ses trajets quotidiens, puis les comparer.' },
      attendanceMode: 1,
      status: 1,
      age: { min: 10, max: 14 },
      accessibility: { hi: true, mi: true, vi: false, pi: false, ii: false },
      registration: [{ type: 'link', value: 'https://billetterie.exemple.org/cartes' }],
      timings: [
        { begin: '2027-03-27T13:00:00.000Z', end: '2027-03-27T15:00:00.000Z' },
        { begin: '2027-03-28T12:00:00.000Z', end: '2027-03-28T14:00:00.000Z' },
      ],
    });
    const debate = sent.find((e) => (e.title as { fr: string }).fr.startsWith('Débat'))!;
    expect(debate).toMatchObject({ attendanceMode: 2, status: 6, onlineAccessLink: 'https://visio.exemple.org/debat' });
    expect(debate.locationUid).toBeUndefined();
    // The venue became a location of the agenda, which the workshop names.
    const [location] = standIn.locations.get('1111')!;
    expect(location).toMatchObject({ name: 'Maison des Mobilités', address: '12 rue de Belleville, 75019 Paris', countryCode: 'FR' });
    expect(workshop.locationUid).toBe(location!.uid);

    const again = await run('export', { structureId: paris, agendaUid: '1111' });
    expect(again.json()).toEqual({ created: 0, updated: 2, skipped: [] });
    expect(standIn.agendas.get('1111')).toHaveLength(2);
    expect(standIn.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    // The second export reuses the location's uid: no second location.
    expect(standIn.locations.get('1111')).toHaveLength(1);
    expect(standIn.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/locations'))).toHaveLength(1);
    expect(standIn.agendas.get('1111')!.find((e) => e.uid === workshop.uid)!.locationUid).toBe(location!.uid);
  });

  it('skips an event on site without a venue, or whose venue has no address, saying why', async () => {
    const nowhere = await newOrganisation({ name: 'Jardin partagé sans adresse' });
    const placed = await newEvent({
      title: 'Balade au jardin',
      venueId: nowhere.id,
      slots: [slot('2027-06-01T10:00', '2027-06-01T12:00')],
    });
    const unplaced = await newEvent({ title: 'Atelier sans lieu', slots: [slot('2027-06-02T10:00', '2027-06-02T12:00')] });
    const res = await run('export', { structureId: paris, agendaUid: '1111' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 2 });
    expect(res.json().skipped).toEqual([
      { uid: null, reason: expect.stringMatching(/« Jardin partagé sans adresse » n’a ni adresse/) },
      { uid: null, reason: expect.stringMatching(/« Atelier sans lieu » a lieu sur place mais n’a pas de lieu/) },
    ]);
    expect(standIn.locations.get('1111')).toHaveLength(1);
    for (const event of [placed, unplaced]) {
      expect((await t.request({ method: 'DELETE', url: `/api/v1/events/${event.id}`, as: member })).statusCode).toBe(200);
    }
  });

  it('imports what it exported into another structure as the same events, and a second import duplicates nothing', async () => {
    // The same payloads, published on another agenda (as a partner's agenda would aggregate them).
    standIn.agendas.set(
      '2222',
      standIn.agendas.get('1111')!.map((e, i) => ({ ...e, uid: 50_000_000 + i })),
    );
    standIn.locations.set('2222', standIn.locations.get('1111')!);
    const imported = await run('import', { structureId: seineSaintDenis, agendaUid: '2222' });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 2, updated: 0, skipped: [] });
    const original = (await comparable(paris)).filter((e: { status: string }) => e.status !== 'idea');
    expect(await comparable(seineSaintDenis)).toEqual(original);

    const again = await run('import', { structureId: seineSaintDenis, agendaUid: '2222' });
    expect(again.json()).toEqual({ created: 0, updated: 2, skipped: [] });
    expect(await comparable(seineSaintDenis)).toEqual(original);
    // The venue came back as the same organisation (same name and postcode), not a copy.
    expect(original.map((e: { venue: string | null }) => e.venue)).toContain(venue.id);
    expect(await openagendaOrganisations()).toEqual([]);
  });

  it('places an imported location on a nearby organisation with a similar name, else creates it once', async () => {
    const library = await newOrganisation({ name: 'Médiathèque Persépolis', postcode: '93400', latitude: 48.9117, longitude: 2.3327 });
    const timing = [{ begin: '2027-05-03T18:00:00.000Z', end: '2027-05-03T20:00:00.000Z' }];
    // 20 m away, spelt differently and without a postcode: the same place.
    const near = {
      uid: 9001,
      name: 'Mediatheque Persepolis (Saint-Ouen)',
      address: '4 av. Gabriel Péri',
      latitude: 48.9118,
      longitude: 2.3329,
    };
    const fresh = {
      uid: 9002,
      name: 'Tiers-lieu La Fabrique',
      address: '8 rue du Port',
      postalCode: '93200',
      city: 'Saint-Denis',
      latitude: 48.94,
      longitude: 2.36,
    };
    standIn.agendas.set('5555', [
      { uid: 80_000_001, title: { fr: 'Lecture' }, timings: timing, location: near },
      { uid: 80_000_002, title: { fr: 'Fabrique 1' }, timings: timing, location: fresh },
      { uid: 80_000_003, title: { fr: 'Fabrique 2' }, timings: timing, location: fresh },
      {
        uid: 80_000_004,
        title: { fr: 'En ligne' },
        timings: timing,
        attendanceMode: 2,
        onlineAccessLink: 'https://visio.exemple.org/x',
        location: fresh,
      },
    ]);
    const res = await run('import', { structureId: seineSaintDenis, agendaUid: '5555' });
    expect(res.json()).toEqual({ created: 4, updated: 0, skipped: [] });
    const list = (await t.request({ method: 'GET', url: `/api/v1/events?structureId=${seineSaintDenis}&pageSize=100`, as: member })).json()
      .items;
    const venueOf = (title: string) => list.find((e: { title: string }) => e.title === title).venue;
    expect(venueOf('Lecture')).toMatchObject({ id: library.id });
    const created = await openagendaOrganisations();
    expect(created).toEqual([
      {
        name: 'Tiers-lieu La Fabrique',
        address: '8 rue du Port',
        postcode: '93200',
        city: 'Saint-Denis',
        latitude: 48.94,
        longitude: 2.36,
      },
    ]);
    expect(venueOf('Fabrique 1').id).toBe(venueOf('Fabrique 2').id);
    expect(venueOf('En ligne')).toBeNull();
    expect((await run('import', { structureId: seineSaintDenis, agendaUid: '5555' })).json()).toMatchObject({ created: 0, updated: 4 });
    expect(await openagendaOrganisations()).toHaveLength(1);
  });

  it('reads every page of a large agenda', async () => {
    standIn.agendas.set(
      '3333',
      Array.from({ length: 130 }, (_, i) => ({
        uid: 60_000_000 + i,
        title: { fr: `Projection ${i}` },
        timings: [{ begin: '2027-05-01T18:00:00.000Z', end: '2027-05-01T20:00:00.000Z' }],
      })),
    );
    const res = await run('import', { structureId: seineSaintDenis, agendaUid: '3333' });
    expect(res.json()).toMatchObject({ created: 130, updated: 0 });
    expect(standIn.requests.filter((r) => r.path === '/v2/agendas/3333/events')).toHaveLength(2);
  }, 60_000);

  it('leaves out events with missing fields, saying why, and changes nothing for them', async () => {
    standIn.agendas.set('4444', [
      { uid: 70_000_001, title: { fr: 'Sans horaire' } },
      { uid: 70_000_002, timings: [{ begin: '2027-05-01T18:00:00.000Z', end: '2027-05-01T20:00:00.000Z' }] },
      {
        uid: 70_000_003,
        title: { fr: 'Fin avant début' },
        timings: [{ begin: '2027-05-01T18:00:00.000Z', end: '2027-05-01T17:00:00.000Z' }],
      },
    ]);
    const before = (await comparable(seineSaintDenis)).length;
    const res = await run('import', { structureId: seineSaintDenis, agendaUid: '4444' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(0);
    expect(res.json().skipped.map((s: { uid: string }) => s.uid)).toEqual(['70000001', '70000002', '70000003']);
    expect(res.json().skipped[0].reason).toMatch(/timings/);
    expect((await comparable(seineSaintDenis)).length).toBe(before);
  });

  it('exports a v2 JSON file and imports it into another structure as the same events, twice without duplicates', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/events/openagenda.json?structureId=${paris}`, as: member });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('evenements-openagenda.json');
    const file = res.json();
    expect(file.total).toBe(file.events.length);
    expect(file.events.every((e: { uid: string }) => /^\d+$/.test(String(e.uid)))).toBe(true);
    const target = (await t.createStructure('94')).id;
    const load = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/events/openagenda/import-file',
        as: member,
        payload: { structureId: target, agendaUid: '777', events: file.events },
      });
    expect((await load()).json()).toMatchObject({ created: file.total, updated: 0 });
    expect((await load()).json()).toMatchObject({ created: 0, updated: file.total });
    const published = (await comparable(paris)).filter(
      (e: { slots: unknown[]; status: string }) => e.slots.length > 0 && (PUBLIC_EVENT_STATUSES as readonly string[]).includes(e.status),
    );
    expect(await comparable(target)).toEqual(published);
  });

  it('refuses a whole file when one event misses a field, naming it, and writes nothing', async () => {
    const target = (await t.createStructure('95')).id;
    const good = { uid: 1, title: { fr: 'Balade' }, timings: [{ begin: '2027-02-01T14:00:00+01:00', end: '2027-02-01T16:00:00+01:00' }] };
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/events/openagenda/import-file',
      as: member,
      payload: { structureId: target, agendaUid: '778', events: [good, { uid: 2, title: { fr: 'Sans horaire' } }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([{ path: 'events.1', message: 'timings : champ manquant' }]);
    expect(await comparable(target)).toEqual([]);
  });

  it('refuses a malformed agenda uid, another structure’s member, and says when OpenAgenda is not configured', async () => {
    expect((await run('export', { structureId: paris, agendaUid: 'abc' })).statusCode).toBe(400);
    expect((await run('export', { structureId: paris, agendaUid: '1111' }, outsider)).statusCode).toBe(403);
    const unconfigured = await createTestApp();
    try {
      const structureId = (await unconfigured.createStructure('75')).id;
      const cookie = (await unconfigured.userWithRole('member', structureId)).cookie;
      const res = await unconfigured.request({
        method: 'POST',
        url: '/api/v1/events/openagenda/export',
        as: cookie,
        payload: { structureId, agendaUid: '1111' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toMatch(/MAILLAGE_OPENAGENDA_URL/);
    } finally {
      await unconfigured.close();
    }
  }, 60_000);
});
