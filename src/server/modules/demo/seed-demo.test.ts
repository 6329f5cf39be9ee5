import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { eventSlots, exhibitionStops, organisations, partnerships, structures } from '../../db/schema/index.ts';
import { parisLocalToDate } from '../../lib/paris-time.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('holds the coordination and the 8 local structures, Paris with its office in the 20th', async () => {
    const rows = await t.database.db.select().from(structures);
    expect(
      rows
        .filter((s) => s.kind === 'local')
        .map((s) => s.departement)
        .sort(),
    ).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(rows.find((s) => s.code === '75')).toMatchObject({ postcode: '75020' });
  });

  it('holds partners from the open-data samples, the science centre in the 5th and a pipeline', async () => {
    const orgs = await t.database.db.select().from(organisations);
    expect(orgs.filter((o) => o.source === 'opendata:paris-colleges').length).toBeGreaterThanOrEqual(10);
    expect(orgs.filter((o) => o.source === 'opendata:musees-de-france').length).toBeGreaterThanOrEqual(5);
    expect(orgs.find((o) => o.name.startsWith('Espace des sciences'))).toMatchObject({ inseeCode: '75105' });
    const [pipeline] = await t.database.db.select({ n: count() }).from(partnerships);
    expect(pipeline!.n).toBeGreaterThanOrEqual(10);
  });

  it('holds an itinerary over the 8 départements and events with Paris times', async () => {
    const stops = await t.database.db.select().from(exhibitionStops);
    expect(new Set(stops.map((s) => s.departement)).size).toBe(8);
    const slots = await t.database.db.select().from(eventSlots);
    expect(slots.map((s) => s.startsAt.toISOString())).toContain('2027-01-16T13:00:00.000Z');
  });

  it('lets the fictional Paris manager sign in with the first password', async () => {
    expect(await t.signIn('camille.laurent@demo.maillage.localhost', TEST_PASSWORD)).toContain('session_token');
  });
});

describe('Paris local time', () => {
  it('converts winter and summer times, across the daylight-saving change', () => {
    expect(parisLocalToDate('2027-01-16T14:00').toISOString()).toBe('2027-01-16T13:00:00.000Z');
    expect(parisLocalToDate('2027-07-01T14:00').toISOString()).toBe('2027-07-01T12:00:00.000Z');
    expect(parisLocalToDate('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(parisLocalToDate('2027-10-31T01:30').toISOString()).toBe('2027-10-30T23:30:00.000Z');
  });
});
