import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newPartnership } from '../../../../tests/helpers/crm-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { parisLocalToDate } from '../../lib/paris-time.ts';

let t: TestApp;
let paris: string;
let member: { cookie: string; userId: string };
let colleague: { cookie: string; userId: string };
let manager: string;
let observer: string;
let outsider: string;

/** A slot given as Paris wall-clock times, sent as the instants they name. */
const slot = (start: string, end: string, capacity?: number) => ({
  startsAt: parisLocalToDate(start).toISOString(),
  endsAt: parisLocalToDate(end).toISOString(),
  ...(capacity === undefined ? {} : { capacity }),
});

async function newEvent(fields: Record<string, unknown> = {}, as = member.cookie) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/events',
    as,
    payload: { structureId: paris, title: 'Balade urbaine', format: 'urban_walk', ...fields },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const patch = (id: string, payload: object, as = member.cookie) => t.request({ method: 'PATCH', url: `/api/v1/events/${id}`, as, payload });
const list = async (query: string) => (await t.request({ method: 'GET', url: `/api/v1/events?${query}`, as: member.cookie })).json();

beforeAll(async () => {
  t = await createTestApp();
  paris = (await t.createStructure('75')).id;
  member = await t.userWithRole('member', paris);
  colleague = await t.userWithRole('member', paris);
  manager = (await t.userWithRole('manager', paris)).cookie;
  observer = (await t.userWithRole('observer', paris)).cookie;
  outsider = (await t.userWithRole('manager', (await t.createStructure('93')).id)).cookie;
});
afterAll(() => t.close());

describe('events', () => {
  it('creates an idea with its slots in time order; versioned updates; soft delete by a manager', async () => {
    const event = await newEvent({
      slots: [slot('2027-01-23T14:00', '2027-01-23T16:00', 20), slot('2027-01-16T14:00', '2027-01-16T16:30', 25)],
    });
    expect(event).toMatchObject({
      status: 'idea',
      attendanceMode: 'in_person',
      registrationMode: 'none',
      conflicts: [],
      partners: [],
      staff: [],
    });
    expect(event.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2027-01-16T13:00:00.000Z', '2027-01-23T13:00:00.000Z']);
    expect((await patch(event.id, { version: 1, title: 'Balade à vélo' })).json().version).toBe(2);
    expect((await patch(event.id, { version: 1, title: 'Autre titre' })).statusCode).toBe(409);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/events/${event.id}`, as: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/events/${event.id}`, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${event.id}`, as: member.cookie })).statusCode).toBe(404);
  });

  it('refuses a slot that ends before it starts, an inverted age range, an external registration without its link, writing nothing', async () => {
    const before = (await list('pageSize=100')).total;
    for (const fields of [
      { slots: [slot('2027-02-01T16:00', '2027-02-01T14:00')] },
      { slots: [slot('2027-02-01T16:00', '2027-02-01T16:00')] },
      { ageMin: 12, ageMax: 8 },
      { registrationMode: 'external' },
      { attendanceMode: 'online' },
      { slots: [slot('2027-02-01T14:00', '2027-02-01T16:00', -1)] },
    ]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/events',
        as: member.cookie,
        payload: { structureId: paris, title: 'X', format: 'debate', ...fields },
      });
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(res.json().detail).toEqual(expect.any(String));
    }
    expect((await list('pageSize=100')).total).toBe(before);
  });

  it('adds, moves and removes slots with the same rules', async () => {
    const event = await newEvent();
    const added = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/slots`,
      as: member.cookie,
      payload: slot('2027-02-05T10:00', '2027-02-05T12:00', 30),
    });
    expect(added.statusCode, added.body).toBe(201);
    const slotId = added.json().slots[0].id;
    const url = `/api/v1/events/${event.id}/slots/${slotId}`;
    const inverted = await t.request({
      method: 'PATCH',
      url,
      as: member.cookie,
      payload: { endsAt: parisLocalToDate('2027-02-05T09:00').toISOString() },
    });
    expect(inverted.statusCode).toBe(400);
    const moved = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { capacity: 12 } });
    expect(moved.json().slots[0]).toMatchObject({ id: slotId, capacity: 12, startsAt: '2027-02-05T09:00:00.000Z' });
    expect((await t.request({ method: 'PATCH', url, as: observer, payload: { capacity: 10 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).json().slots).toEqual([]);
  });

  it('keeps a capacity at or above the seats already confirmed', async () => {
    const event = await newEvent({
      status: 'confirmed',
      registrationMode: 'internal',
      slots: [slot('2027-03-10T18:00', '2027-03-10T20:00', 10)],
    });
    const slotId = event.slots[0].id;
    const registered = await t.request({
      method: 'POST',
      url: `/api/v1/public/slots/${slotId}/registrations`,
      payload: { name: 'Classe de 4e B', email: 'prof@example.org', kind: 'class', groupName: '4e B', headcount: 4, consent: true },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const url = `/api/v1/events/${event.id}/slots/${slotId}`;
    const below = await t.request({ method: 'PATCH', url, as: member.cookie, payload: { capacity: 3 } });
    expect(below.statusCode).toBe(400);
    expect(below.json().detail).toContain('4 places confirmées');
    expect((await t.request({ method: 'PATCH', url, as: member.cookie, payload: { capacity: 4 } })).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url, as: member.cookie })).statusCode).toBe(409);
  });

  it('stores Paris wall-clock slots across both daylight-saving changes and files them under the right Paris day', async () => {
    // Sunday 28 March 2027: 02:00 becomes 03:00. Sunday 31 October 2027: 03:00 becomes 02:00.
    const march = await newEvent({ title: 'Nuit des étoiles', slots: [slot('2027-03-28T01:30', '2027-03-28T03:30')] });
    expect(march.slots[0]).toMatchObject({ startsAt: '2027-03-28T00:30:00.000Z', endsAt: '2027-03-28T01:30:00.000Z' });
    const october = await newEvent({ title: 'Soirée d’Halloween', slots: [slot('2027-10-31T22:00', '2027-10-31T23:30')] });
    expect(october.slots[0]).toMatchObject({ startsAt: '2027-10-31T21:00:00.000Z', endsAt: '2027-10-31T22:30:00.000Z' });
    const titles = async (query: string) => (await list(query)).items.map((e: { title: string }) => e.title);
    expect(await titles('from=2027-03-28&to=2027-03-28')).toEqual(['Nuit des étoiles']);
    expect(await titles('from=2027-03-29&to=2027-03-31')).toEqual([]);
    expect(await titles('from=2027-03-20&to=2027-03-27')).toEqual([]);
    expect(await titles('from=2027-10-31&to=2027-10-31')).toEqual(['Soirée d’Halloween']);
    expect(await titles('from=2027-11-01&to=2027-11-02')).toEqual([]);
  });

  it('filters by status, format, public and structure, and hides other structures’ events', async () => {
    await newEvent({ title: 'Café seniors', format: 'science_cafe', status: 'planned', publics: ['seniors'] });
    expect((await list('format=science_cafe')).items.map((e: { title: string }) => e.title)).toEqual(['Café seniors']);
    expect((await list('public=seniors&status=planned')).total).toBe(1);
    expect((await list('public=youth&format=science_cafe')).total).toBe(0);
    const theirs = await t.request({ method: 'GET', url: '/api/v1/events?format=science_cafe', as: outsider });
    expect(theirs.json().total).toBe(0);
    expect((await t.request({ method: 'GET', url: `/api/v1/events?structureId=${paris}`, as: outsider })).statusCode).toBe(404);
  });
});

describe('status and after the event', () => {
  it('follows the programme’s steps and is held only once begun', async () => {
    const future = await newEvent({ status: 'confirmed', slots: [slot('2030-01-10T10:00', '2030-01-10T12:00')] });
    const early = await patch(future.id, { version: 1, status: 'held' });
    expect(early.statusCode).toBe(400);
    const idea = await newEvent();
    const jump = await patch(idea.id, { version: 1, status: 'confirmed' });
    expect(jump.statusCode).toBe(400);
    expect(jump.json().detail).toContain('« proposé »');
  });

  it('gives each organisation involved one interaction on its timeline when held, linked to the event and the partnership', async () => {
    const partnership = await newPartnership(t, member.cookie, paris);
    const venue = await newOrganisation(t, member.cookie);
    const event = await newEvent({ status: 'confirmed', venueId: venue.id, slots: [slot('2026-10-03T14:00', '2026-10-03T17:00')] });
    const coOrganised = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/partners`,
      as: member.cookie,
      payload: { organisationId: partnership.organisationId, role: 'co_organiser' },
    });
    const relay = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/partners`,
      as: member.cookie,
      payload: { organisationId: partnership.organisationId, role: 'relay' },
    });
    expect(coOrganised.statusCode).toBe(201);
    const partners = relay.json().partners;
    expect(partners.find((p: { role: string }) => p.role === 'relay').relayCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(partners.find((p: { role: string }) => p.role === 'co_organiser').relayCode).toBeNull();
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/partners`,
      as: member.cookie,
      payload: { organisationId: partnership.organisationId, role: 'relay' },
    });
    expect(again.statusCode).toBe(409);

    const held = await patch(event.id, { version: 1, status: 'held' });
    expect(held.statusCode, held.body).toBe(200);
    const timeline = async (organisationId: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/interactions?organisationId=${organisationId}`, as: member.cookie })).json().items;
    const partnerItems = await timeline(partnership.organisationId as string);
    expect(partnerItems).toHaveLength(1);
    expect(partnerItems[0]).toMatchObject({ kind: 'event', partnershipId: partnership.id, occurredAt: '2026-10-03T12:00:00.000Z' });
    expect(partnerItems[0].summary).toContain('co-organisation, relais');
    expect(await timeline(venue.id)).toHaveLength(1);

    // Undone then held again: no second interaction.
    await patch(event.id, { version: 2, status: 'confirmed' });
    expect((await patch(event.id, { version: 3, status: 'held' })).statusCode).toBe(200);
    expect(await timeline(partnership.organisationId as string)).toHaveLength(1);
    expect(await timeline(venue.id)).toHaveLength(1);
  });
});

describe('double bookings', () => {
  it('warns when a venue or a staff member is booked on overlapping slots, and lists them between two days', async () => {
    const venue = await newOrganisation(t, member.cookie, { name: 'Maison des associations' });
    const first = await newEvent({
      title: 'Débat mobilités',
      status: 'planned',
      venueId: venue.id,
      slots: [slot('2027-04-10T18:00', '2027-04-10T20:00')],
    });
    const second = await newEvent({
      title: 'Atelier vélo',
      status: 'planned',
      venueId: venue.id,
      slots: [slot('2027-04-10T19:30', '2027-04-10T21:00')],
    });
    expect(second.conflicts).toEqual([
      expect.objectContaining({
        kind: 'venue',
        resourceName: 'Maison des associations',
        eventId: second.id,
        otherEventId: first.id,
        otherEventTitle: 'Débat mobilités',
      }),
    ]);
    const third = await newEvent({ title: 'Projection', status: 'planned', slots: [slot('2027-04-10T20:30', '2027-04-10T22:00')] });
    for (const id of [first.id, third.id]) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/events/${id}/staff`,
        as: member.cookie,
        payload: { userId: colleague.userId },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    // No overlap between the first (until 20:00) and the third (from 20:30): not a conflict.
    const staffOnly = await t.request({
      method: 'POST',
      url: `/api/v1/events/${second.id}/staff`,
      as: member.cookie,
      payload: { userId: colleague.userId },
    });
    expect(
      staffOnly
        .json()
        .conflicts.map((c: { kind: string; otherEventTitle: string }) => `${c.kind} ${c.otherEventTitle}`)
        .sort(),
    ).toEqual(['staff Débat mobilités', 'staff Projection', 'venue Débat mobilités']);
    const range = await t.request({ method: 'GET', url: '/api/v1/events/conflicts?from=2027-04-10&to=2027-04-10', as: observer });
    expect(range.json().items).toHaveLength(3);
    const cancelled = await patch(first.id, { version: 1, status: 'cancelled' });
    expect(cancelled.json().conflicts).toEqual([]);
    const after = await t.request({ method: 'GET', url: '/api/v1/events/conflicts?from=2027-04-10&to=2027-04-10', as: observer });
    expect(after.json().items).toHaveLength(1);
    const stranger = await t.request({
      method: 'POST',
      url: `/api/v1/events/${first.id}/staff`,
      as: member.cookie,
      payload: { userId: 'inconnu' },
    });
    expect(stranger.statusCode).toBe(400);
  });
});

describe('checklist', () => {
  it('is the tasks linked to the event, of the event’s structure only', async () => {
    const event = await newEvent();
    const task = await t.request({
      method: 'POST',
      url: '/api/v1/tasks',
      as: member.cookie,
      payload: { structureId: paris, eventId: event.id, title: 'Réserver les chaises' },
    });
    expect(task.statusCode, task.body).toBe(201);
    const checklist = await t.request({ method: 'GET', url: `/api/v1/tasks?eventId=${event.id}`, as: member.cookie });
    expect(checklist.json().items.map((i: { title: string }) => i.title)).toEqual(['Réserver les chaises']);
    const elsewhere = (await t.createStructure('94')).id;
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/tasks',
      as: await t.signIn('coordination@test.localhost'),
      payload: { structureId: elsewhere, eventId: event.id, title: 'Mauvaise structure' },
    });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('events export', () => {
  it('downloads the filtered list as CSV for French Excel and as XLSX, every row with its slots', async () => {
    await newEvent({ title: '=Atelier formule', format: 'workshop', slots: [slot('2027-05-12T14:00', '2027-05-12T16:00', 12)] });
    await newEvent({ title: 'Projection hors filtre', format: 'screening', slots: [slot('2027-05-13T20:00', '2027-05-13T22:00')] });
    const csv = await t.request({
      method: 'GET',
      url: `/api/v1/events/export.csv?structureId=${paris}&format=workshop&from=2027-05-01`,
      as: member.cookie,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/evenements-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Titre;Format;Statut;Premier créneau/);
    expect(lines).toHaveLength(2);
    // A title that starts like a formula stays text; 14:00 in Paris, 12 seats.
    expect(lines[1]).toMatch(/^'=Atelier formule;Atelier;Idée;2027-05-12 14:00;/);
    expect(lines[1]).toContain(';1;12;');
    const xlsx = await t.request({ method: 'GET', url: `/api/v1/events/export.xlsx?structureId=${paris}`, as: member.cookie });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const other = await t.request({ method: 'GET', url: `/api/v1/events/export.csv?structureId=${paris}`, as: outsider });
    expect(other.statusCode).toBe(404);
  });
});
