import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PublicEventsQuery } from '../../../contracts/public-agenda.ts';
import { PUBLIC_EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow } from '../../db/lists.ts';
import { eventSlots, events, organisations, structures } from '../../db/schema/index.ts';
import { addDays, parisLocalToDate } from '../../lib/paris-time.ts';

/** The département where it happens: the venue's postcode, else the organising structure's. */
const departementOf = sql<string>`coalesce(left(${organisations.postcode}, 2), ${structures.departement}, '')`;

const eventColumns = {
  id: events.id,
  title: events.title,
  description: events.description,
  format: events.format,
  status: events.status,
  attendanceMode: events.attendanceMode,
  onlineUrl: events.onlineUrl,
  publics: events.publics,
  ageMin: events.ageMin,
  ageMax: events.ageMax,
  accessibility: events.accessibility,
  registrationMode: events.registrationMode,
  registrationUrl: events.registrationUrl,
  stopId: events.stopId,
  structureId: events.structureId,
  version: events.version,
  updatedAt: events.updatedAt,
  departement: departementOf,
  organizerCode: structures.code,
  organizerName: structures.name,
  venueName: organisations.name,
  venueAddress: organisations.address,
  venuePostcode: organisations.postcode,
  venueCity: organisations.city,
  venueLatitude: organisations.latitude,
  venueLongitude: organisations.longitude,
};
export type PublicEventRow = Awaited<ReturnType<typeof publicEventById>> & {};

const isPublic = and(isNull(events.deletedAt), inArray(events.status, [...PUBLIC_EVENT_STATUSES]));
const slotEndingAfter = (from: Date, before?: Date) =>
  sql`exists (select 1 from ${eventSlots} where ${eventSlots.eventId} = ${events.id} and ${eventSlots.endsAt} >= ${from}${
    before ? sql` and ${eventSlots.startsAt} < ${before}` : sql``
  })`;
/** Accent- and case-free text, hyphens and apostrophes as spaces ("Saint-Denis" is found by "saint denis"). */
const folded = (text: SQL) => sql`translate(maillage_unaccent(lower(${text})), '-''’', '   ')`;
const containsFolded = (column: SQL, text: string) =>
  sql`${folded(sql`coalesce(${column}, '')`)} like '%' || ${folded(sql`${text}`)} || '%'`;
const nextStart = (from: Date) =>
  sql`(select min(${eventSlots.startsAt}) from ${eventSlots} where ${eventSlots.eventId} = ${events.id} and ${eventSlots.endsAt} >= ${from})`;

function baseSelect(db: DbOrTx) {
  return db
    .select(eventColumns)
    .from(events)
    .innerJoin(structures, eq(structures.id, events.structureId))
    .leftJoin(organisations, eq(organisations.id, events.venueId));
}

/** The window asked for, never before `now`: a slot still under way counts. */
function listWindow(query: Pick<PublicEventsQuery, 'from' | 'to'>, now: Date) {
  const fromDay = query.from ? parisLocalToDate(`${query.from}T00:00`) : now;
  return {
    from: fromDay > now ? fromDay : now,
    before: query.to ? parisLocalToDate(`${addDays(query.to, 1)}T00:00`) : undefined,
  };
}

function listConditions(query: Omit<PublicEventsQuery, 'page' | 'pageSize'>, now: Date): SQL | undefined {
  const { from, before } = listWindow(query, now);
  const commune = query.commune?.replace(/[%_\\]/g, '');
  const q = query.q?.replace(/[%_\\]/g, '');
  return and(
    isPublic,
    slotEndingAfter(from, before),
    commune ? sql`(${containsFolded(sql`${organisations.city}`, commune)} or ${organisations.postcode} like ${`${commune}%`})` : undefined,
    q ? sql`(${containsFolded(sql`${events.title}`, q)} or ${containsFolded(sql`${events.description}`, q)})` : undefined,
    query.departement ? sql`${departementOf} = ${query.departement}` : undefined,
    query.stopId ? eq(events.stopId, query.stopId) : undefined,
    query.format ? eq(events.format, query.format) : undefined,
    query.public ? sql`${query.public} = any(${events.publics})` : undefined,
    query.accessibility ? sql`${query.accessibility} = any(${events.accessibility})` : undefined,
  );
}

/** Public events with a slot still to come (or under way), soonest first. */
export async function upcomingPublicEvents(db: DbOrTx, query: PublicEventsQuery, from: Date) {
  const where = listConditions(query, from);
  const { limit, offset } = pageWindow(query);
  const rows = await baseSelect(db)
    .where(where)
    .orderBy(asc(nextStart(listWindow(query, from).from)), asc(events.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .innerJoin(structures, eq(structures.id, events.structureId))
    .leftJoin(organisations, eq(organisations.id, events.venueId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function publicEventById(db: DbOrTx, id: string) {
  const rows = await baseSelect(db).where(and(isPublic, eq(events.id, id)));
  return rows[0];
}

/** What a feed holds: public events with a slot that ended after `from`, optionally one structure's or one stop's. */
export async function feedEvents(db: DbOrTx, from: Date, scope: { structureCode?: string; stopId?: string }) {
  return baseSelect(db).where(
    and(
      isPublic,
      slotEndingAfter(from),
      scope.structureCode ? eq(structures.code, scope.structureCode) : undefined,
      scope.stopId ? eq(events.stopId, scope.stopId) : undefined,
    ),
  );
}

export async function slotsOf(db: DbOrTx, eventIds: string[], from?: Date) {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(eventSlots)
    .where(and(inArray(eventSlots.eventId, eventIds), from ? sql`${eventSlots.endsAt} >= ${from}` : undefined))
    .orderBy(asc(eventSlots.startsAt));
}

export async function structureByCode(db: DbOrTx, code: string) {
  const rows = await db
    .select({ id: structures.id, name: structures.name })
    .from(structures)
    .where(and(eq(structures.code, code), isNull(structures.deletedAt)));
  return rows[0];
}
