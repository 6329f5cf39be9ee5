import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/test-app.ts';
import {
  actionCommitments,
  affiliations,
  contributions,
  eventSlots,
  exhibitionStops,
  interactions,
  memberships,
  organisations,
  partnershipStageChanges,
  partnerships,
  structures,
  tasks,
} from '../../db/schema/index.ts';
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

  it('holds a year of Paris activity: exchanges, a dormant partner, tasks around today, moderated contributions, a signed action plan', async () => {
    const db = t.database.db;
    const paris = (await db.select().from(structures)).find((s) => s.code === '75')!;
    const pipeline = (await db.select().from(partnerships)).filter((p) => p.structureId === paris.id);
    const sixMonthsAgo = Date.now() - 182 * 86_400_000;
    const dormant = pipeline.filter((p) => p.stage !== 'declined' && p.lastInteractionAt && p.lastInteractionAt.getTime() < sixMonthsAgo);
    expect(dormant.length).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(interactions)).length).toBeGreaterThanOrEqual(15);
    // The pipeline has a dated past: the durable partner went through every stage, months ago.
    const durable = pipeline.find((p) => p.stage === 'durable')!;
    const path = (await db.select().from(partnershipStageChanges))
      .filter((c) => c.partnershipId === durable.id)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(path.map((c) => c.toStage)).toEqual(['identified', 'contacted', 'in_discussion', 'committed', 'active', 'durable']);
    expect(durable.stageChangedAt.getTime()).toBeLessThan(Date.now() - 100 * 86_400_000);
    expect(pipeline.filter((p) => p.nextStep && p.nextStepOn).length).toBeGreaterThanOrEqual(5);
    const today = new Date().toISOString().slice(0, 10);
    const open = (await db.select().from(tasks)).filter((task) => !task.done);
    expect(open.some((task) => task.dueOn! < today)).toBe(true);
    expect(open.some((task) => task.dueOn === today)).toBe(true);
    // The account that opened the demo (the coordination's member) has its own day too.
    const coordination = (await db.select().from(structures)).find((s) => s.kind === 'coordination')!;
    const [opener] = await db.select().from(memberships).where(eq(memberships.structureId, coordination.id));
    expect(open.some((task) => task.ownerId === opener!.userId && task.dueOn === today)).toBe(true);
    // One person changed jobs: an ended affiliation and a current one.
    const jobs = await db.select().from(affiliations);
    const byContact = Map.groupBy(jobs, (a) => a.contactId);
    expect([...byContact.values()].some((list) => list.some((a) => a.endOn) && list.some((a) => !a.endOn))).toBe(true);
    const items = await db.select().from(contributions);
    expect(items.filter((c) => c.status === 'approved' && c.selected).length).toBeGreaterThanOrEqual(2);
    expect(items.find((c) => c.status === 'rejected')?.rejectionReason).toBeTruthy();
    // Every signatory held an affiliation to the committed organisation on the signing day.
    for (const commitment of (await db.select().from(actionCommitments)).filter((c) => c.signatoryContactId)) {
      const job = jobs.find((a) => a.contactId === commitment.signatoryContactId && a.organisationId === commitment.organisationId);
      expect(job && job.startOn! <= commitment.signedOn! && (!job.endOn || job.endOn >= commitment.signedOn!)).toBe(true);
    }
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
