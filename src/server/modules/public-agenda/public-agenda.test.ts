import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRegistrableSlot, person, register } from '../../../../tests/helpers/registration-factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { eventSlots, events, organisations } from '../../db/schema/index.ts';
import { parisLocalToDate } from '../../lib/paris-time.ts';

let t: TestApp;
let ids: { spring: string; autumn: string; event: string; cancelled: string; hidden: string; otherStructure: string };

const DESCRIPTION =
  'Balade commentée ; départ place des Fêtes, arrivée au parc de Belleville, avec des vélos prêtés — et une pause café pour discuter.';

beforeAll(async () => {
  t = await createTestApp({ registrationLimitPerMinute: 10_000 });
  const paris = (await t.createStructure('75')).id;
  const other = (await t.createStructure('93')).id;
  // The last Sundays of March and October 2027: Paris changes offset on those days.
  const { event, slot: spring } = await newRegistrableSlot(t, paris, {
    event: {
      title: 'Balade, vélo & débat',
      description: DESCRIPTION,
      ageMin: 8,
      ageMax: 12,
      accessibility: ['motor'],
      publics: ['families'],
    },
    slot: { startsAt: parisLocalToDate('2027-03-28T14:00'), endsAt: parisLocalToDate('2027-03-28T16:30'), capacity: 2 },
  });
  const [autumn] = await t.database.db
    .insert(eventSlots)
    .values({
      eventId: event.id,
      startsAt: parisLocalToDate('2027-10-31T14:00'),
      endsAt: parisLocalToDate('2027-10-31T16:30'),
      capacity: 5,
    })
    .returning();
  await register(t, spring.id, person('Assise'));
  await register(t, spring.id, person('Deuxième'));
  const cancelled = await newRegistrableSlot(t, paris, {
    event: { title: 'Projection annulée', status: 'cancelled', format: 'screening' },
  });
  const hidden = await newRegistrableSlot(t, paris, { event: { title: 'Idée en cours', status: 'planned' } });
  const elsewhere = await newRegistrableSlot(t, other, { event: { title: 'Café des sciences à Saint-Denis', format: 'science_cafe' } });
  // The Saint-Denis café takes place in Seine-Saint-Denis: the venue's postcode says so.
  await t.database.db.update(organisations).set({ postcode: '93200', city: 'Saint-Denis' }).where(eq(organisations.id, elsewhere.venue.id));
  await t.database.db
    .update(events)
    .set({ version: sql`${events.version} + 2` })
    .where(eq(events.id, event.id));
  ids = {
    spring: spring.id,
    autumn: autumn!.id,
    event: event.id,
    cancelled: cancelled.event.id,
    hidden: hidden.event.id,
    otherStructure: elsewhere.event.id,
  };
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.request({ method: 'GET', url, headers });

describe('public agenda as JSON', () => {
  it('lists upcoming public events without an account, soonest first, with the seats left', async () => {
    const response = await get('/api/v1/public/events');
    expect(response.statusCode, response.body).toBe(200);
    const titles = response.json().items.map((e: { title: string }) => e.title);
    expect(titles).not.toContain('Idée en cours');
    expect(titles).toContain('Projection annulée');
    const walk = response.json().items.find((e: { id: string }) => e.id === ids.event);
    expect(walk.slots.map((s: { seatsLeft: number }) => s.seatsLeft)).toEqual([0, 5]);
    expect(titles.at(-1)).toBe('Balade, vélo & débat');
  });

  it('filters by département, format, public and accessibility, and pages', async () => {
    const titles = async (query: string) =>
      (await get(`/api/v1/public/events?${query}`)).json().items.map((e: { title: string }) => e.title) as string[];
    expect(await titles('departement=93')).toEqual(['Café des sciences à Saint-Denis']);
    expect(await titles('format=screening')).toEqual(['Projection annulée']);
    expect(await titles('accessibility=motor&public=families')).toEqual(['Balade, vélo & débat']);
    const page = (await get('/api/v1/public/events?pageSize=1&page=2')).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect((await get('/api/v1/public/events?format=karaoke')).statusCode).toBe(400);
  });

  it('filters by Paris days, commune or postcode and words, accents and case ignored', async () => {
    const titles = async (query: string) =>
      (await get(`/api/v1/public/events?${query}`)).json().items.map((e: { title: string }) => e.title) as string[];
    // Only the walk has a slot after June 2027 (its autumn one); its list shows the slots from that day.
    const later = (await get('/api/v1/public/events?from=2027-06-01')).json();
    expect(later.items.map((e: { title: string }) => e.title)).toEqual(['Balade, vélo & débat']);
    expect(await titles('from=2027-03-28&to=2027-03-28')).toEqual(['Balade, vélo & débat']);
    expect(await titles('from=2027-04-01&to=2027-05-01')).toEqual([]);
    expect(await titles('commune=SAINT%20DENIS')).toEqual(['Café des sciences à Saint-Denis']);
    expect(await titles('commune=saint-denis')).toEqual(['Café des sciences à Saint-Denis']);
    expect(await titles('commune=Montreuil')).toEqual([]);
    expect(await titles('commune=932')).toEqual(['Café des sciences à Saint-Denis']);
    expect(await titles('q=VELO')).toEqual(['Balade, vélo & débat']);
    expect(await titles('q=pause%20cafe')).toEqual(['Balade, vélo & débat']);
    expect(await titles('q=100%25')).toEqual([]);
    expect((await get('/api/v1/public/events?from=2027-13-01')).statusCode).toBe(400);
  });

  it('shows a public event and hides one that is not public', async () => {
    expect((await get(`/api/v1/public/events/${ids.event}`)).json().slots).toHaveLength(2);
    expect((await get(`/api/v1/public/events/${ids.hidden}`)).statusCode).toBe(404);
  });
});

describe('iCalendar feed', () => {
  it('is valid RFC 5545 for an independent parser, with Paris times right across the daylight-saving changes', async () => {
    const response = await get('/agenda.ics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const text = response.body;
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    ICAL.TimezoneService.register(zone);
    const vevents = calendar.getAllSubcomponents('vevent');
    const byUid = new Map(vevents.map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
    const host = new URL(t.config.publicUrl).host;
    const spring = byUid.get(`${ids.spring}@${host}`)!;
    const autumn = byUid.get(`${ids.autumn}@${host}`)!;
    expect(spring.startDate.toJSDate().toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect(spring.endDate.toJSDate().toISOString()).toBe('2027-03-28T14:30:00.000Z');
    expect(autumn.startDate.toJSDate().toISOString()).toBe('2027-10-31T13:00:00.000Z');
    expect(spring.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(spring.summary).toBe('Balade, vélo & débat');
    expect(spring.description).toBe(DESCRIPTION);
    expect(spring.sequence).toBe(3);
    expect(spring.component.getFirstPropertyValue('last-modified')).toBeTruthy();
    expect(spring.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const cancelled = vevents.find((v) => v.getFirstPropertyValue('summary') === 'Projection annulée')!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevents.some((v) => v.getFirstPropertyValue('summary') === 'Idée en cours')).toBe(false);
  });

  it('answers 304 to a client that holds the current version', async () => {
    const first = await get('/agenda.ics');
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    expect((await get('/agenda.ics', { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
    expect((await get('/agenda.ics', { 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(304);
    expect((await get('/agenda.ics', { 'if-none-match': '"autre"' })).statusCode).toBe(200);
  });

  it('has a feed per structure and per stop; an unknown structure is a 404 problem', async () => {
    const ofParis = await get('/agenda/93.ics');
    expect(ofParis.body).toContain('Café des sciences à Saint-Denis');
    expect(ofParis.body).not.toContain('Projection annulée');
    const unknown = await get('/agenda/XX.ics');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const stop = await get(`/agenda/etapes/${crypto.randomUUID()}.ics`);
    expect(stop.statusCode).toBe(200);
    expect(stop.body).not.toContain('BEGIN:VEVENT');
  });
});

describe('RSS and the event page', () => {
  it('publishes RSS 2.0 items linking to the event pages', async () => {
    const response = await get('/agenda.rss');
    expect(response.headers['content-type']).toContain('application/rss+xml');
    expect(response.body).toContain('<rss version="2.0">');
    expect(response.body).toContain(`<link>${t.config.publicUrl}/agenda/evenements/${ids.event}</link>`);
    expect(response.body).toContain('Balade, vélo &amp; débat');
  });

  it('renders one schema.org Event per slot into the page head, field by field', async () => {
    const response = await get(`/agenda/evenements/${ids.event}`);
    expect(response.statusCode).toBe(200);
    const head = response.body.slice(0, response.body.indexOf('</head>'));
    const blocks = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(blocks).toHaveLength(2);
    const url = `${t.config.publicUrl}/agenda/evenements/${ids.event}`;
    expect(blocks[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `${url}#${ids.spring}`,
      name: 'Balade, vélo & débat',
      description: DESCRIPTION,
      url,
      startDate: '2027-03-28T14:00:00+02:00',
      endDate: '2027-03-28T16:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: expect.stringMatching(/^Salle/),
        address: {
          '@type': 'PostalAddress',
          streetAddress: '10 rue Cuvier',
          postalCode: '75005',
          addressLocality: 'Paris',
          addressRegion: 'Île-de-France',
          addressCountry: 'FR',
        },
      },
      organizer: { '@type': 'Organization', name: 'Structure 75', url: t.config.publicUrl },
      typicalAgeRange: '8-12',
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url, availability: 'https://schema.org/SoldOut' },
    });
    expect(blocks[1]).toMatchObject({
      startDate: '2027-10-31T14:00:00+01:00',
      offers: { availability: 'https://schema.org/InStock' },
    });
    expect((await get(`/agenda/evenements/${ids.cancelled}`)).body).toContain('https://schema.org/EventCancelled');
    expect((await get(`/agenda/evenements/${ids.hidden}`)).statusCode).toBe(404);
  });

  it('lets other sites frame the embeddable agenda, and only that page', async () => {
    const embed = await get('/agenda/embed');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect((await get(`/agenda/evenements/${ids.event}`)).headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });
});

describe('cached answers', () => {
  it('serves the rendered agenda until a write that changes it succeeds, and gzip to clients that take it', async () => {
    const url = '/api/v1/public/events?format=science_cafe';
    const first = await get(url);
    expect(first.json().items.map((e: { title: string }) => e.title)).toEqual(['Café des sciences à Saint-Denis']);
    expect((await get(url, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
    const zipped = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(first.body);

    // Changed behind the cache's back: the node keeps answering from its cache...
    await t.database.db.update(events).set({ title: 'Café renommé' }).where(eq(events.id, ids.otherStructure));
    // ...across writes that cannot change the public agenda: a sign-in, a refused write.
    await t.userWithRole('member', (await t.createStructure('77')).id);
    expect((await t.request({ method: 'POST', url: `/api/v1/public/slots/${ids.autumn}/registrations`, payload: {} })).statusCode).toBe(
      400,
    );
    expect((await get(url)).body).toBe(first.body);
    expect((await get('/agenda.rss')).body).not.toContain('Café renommé');

    // A registration changes the seats left: everything is rendered again.
    expect((await register(t, ids.autumn, person('Cache'))).statusCode).toBe(201);
    expect((await get(url)).json().items[0].title).toBe('Café renommé');
    expect((await get('/agenda.rss')).body).toContain('Café renommé');
    const walk = (await get(`/api/v1/public/events/${ids.event}`)).json();
    expect(walk.slots.map((s: { seatsLeft: number }) => s.seatsLeft)).toEqual([0, 4]);
  });
});
