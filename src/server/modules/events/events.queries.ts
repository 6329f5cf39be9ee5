import { and, arrayContains, asc, count, eq, exists, gt, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { EventListQuery } from '../../../contracts/events.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sortOrder } from '../../db/lists.ts';
import { eventPartners, eventSlots, eventStaff, events, ideas, organisations, user } from '../../db/schema/index.ts';
import { addDays, parisLocalToDate } from '../../lib/paris-time.ts';

export type EventRow = typeof events.$inferSelect;
export type SlotRow = typeof eventSlots.$inferSelect;

/** The instants a range of Paris days covers: from the first day's midnight to the midnight after the last. */
export const parisDaysRange = (from: string, to: string) => ({
  from: parisLocalToDate(`${from}T00:00`),
  to: parisLocalToDate(`${addDays(to, 1)}T00:00`),
});

const firstStart = sql`(select min(${eventSlots.startsAt}) from ${eventSlots} where ${eventSlots.eventId} = ${events.id})`;
const SORTS = { startsAt: firstStart, title: events.title, createdAt: events.createdAt, updatedAt: events.updatedAt };

const slotIn = (range: { from?: Date; to?: Date }) =>
  exists(
    sql`(select 1 from ${eventSlots} where ${and(
      eq(eventSlots.eventId, events.id),
      range.to ? lt(eventSlots.startsAt, range.to) : undefined,
      range.from ? gt(eventSlots.endsAt, range.from) : undefined,
    )})`,
  );

function listConditions(query: EventListQuery, readable: string[] | null): SQL | undefined {
  const from = query.from ? parisLocalToDate(`${query.from}T00:00`) : undefined;
  const to = query.to ? parisLocalToDate(`${addDays(query.to, 1)}T00:00`) : undefined;
  return and(
    isNull(events.deletedAt),
    readable ? inArray(events.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
    query.structureId ? eq(events.structureId, query.structureId) : undefined,
    query.status ? eq(events.status, query.status) : undefined,
    query.format ? eq(events.format, query.format) : undefined,
    query.stopId ? eq(events.stopId, query.stopId) : undefined,
    query.moduleId ? eq(events.moduleId, query.moduleId) : undefined,
    query.public ? arrayContains(events.publics, [query.public]) : undefined,
    from || to ? slotIn({ from, to }) : undefined,
  );
}

const withVenue = { event: events, venueName: organisations.name };

export async function listEventRows(db: DbOrTx, query: EventListQuery, readable: string[] | null) {
  const where = listConditions(query, readable);
  const rows = await db
    .select(withVenue)
    .from(events)
    .leftJoin(organisations, eq(organisations.id, events.venueId))
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, 'startsAt', events.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(events).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findEventWithVenue(db: DbOrTx, id: string) {
  const rows = await db
    .select(withVenue)
    .from(events)
    .leftJoin(organisations, eq(organisations.id, events.venueId))
    .where(and(eq(events.id, id), isNull(events.deletedAt)));
  return rows[0];
}

export async function slotsOf(db: DbOrTx, eventIds: string[]): Promise<SlotRow[]> {
  if (eventIds.length === 0) return [];
  return db.select().from(eventSlots).where(inArray(eventSlots.eventId, eventIds)).orderBy(asc(eventSlots.startsAt));
}

export async function partnersOf(db: DbOrTx, eventId: string) {
  return db
    .select({
      organisationId: eventPartners.organisationId,
      name: organisations.name,
      role: eventPartners.role,
      relayCode: eventPartners.relayCode,
    })
    .from(eventPartners)
    .innerJoin(organisations, eq(organisations.id, eventPartners.organisationId))
    .where(eq(eventPartners.eventId, eventId))
    .orderBy(asc(organisations.name), asc(eventPartners.role));
}

export async function staffOf(db: DbOrTx, eventId: string) {
  return db
    .select({ userId: eventStaff.userId, name: user.name })
    .from(eventStaff)
    .innerJoin(user, eq(user.id, eventStaff.userId))
    .where(eq(eventStaff.eventId, eventId))
    .orderBy(asc(user.name));
}

export async function ideaOfEvent(db: DbOrTx, eventId: string): Promise<string | null> {
  const [row] = await db.select({ id: ideas.id }).from(ideas).where(eq(ideas.eventId, eventId)).limit(1);
  return row?.id ?? null;
}

export async function insertEvent(db: DbOrTx, values: typeof events.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return row!;
}

/** Slot, partner and staff changes date the event (iCal's LAST-MODIFIED) without changing its version. */
export async function touchEvent(db: DbOrTx, eventId: string): Promise<void> {
  await db.update(events).set({ updatedAt: new Date() }).where(eq(events.id, eventId));
}

/** Ids of the whole list view (no pages), in its order: what an export reads, a batch at a time. */
export async function eventIdsInOrder(db: DbOrTx, query: Omit<EventListQuery, 'page' | 'pageSize'>, readable: string[] | null) {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(listConditions({ ...query, page: 1, pageSize: 1 }, readable))
    .orderBy(...sortOrder(query.sort, SORTS, 'startsAt', events.id));
  return rows.map((row) => row.id);
}

export async function eventsWithVenueByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select(withVenue)
    .from(events)
    .leftJoin(organisations, eq(organisations.id, events.venueId))
    .where(and(inArray(events.id, ids), isNull(events.deletedAt)));
}
