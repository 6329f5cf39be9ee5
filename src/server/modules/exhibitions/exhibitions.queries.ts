import { and, asc, eq, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { exhibitionModules, exhibitionStops, exhibitions, organisations, stopVisits, structures } from '../../db/schema/index.ts';

export type ExhibitionRow = typeof exhibitions.$inferSelect;
export type StopRow = typeof exhibitionStops.$inferSelect;

const venues = alias(organisations, 'venue');

export async function listExhibitionRows(db: DbOrTx) {
  return db.select().from(exhibitions).where(isNull(exhibitions.deletedAt)).orderBy(asc(exhibitions.createdAt));
}

export async function modulesOf(db: DbOrTx, exhibitionId: string) {
  return db
    .select()
    .from(exhibitionModules)
    .where(eq(exhibitionModules.exhibitionId, exhibitionId))
    .orderBy(asc(exhibitionModules.position));
}

/** Live stops with their structure's and venue's names, in itinerary order. */
export async function stopsWithNames(db: DbOrTx, where: { exhibitionId?: string; stopId?: string }) {
  return db
    .select({ stop: exhibitionStops, structureName: structures.name, venueName: venues.name })
    .from(exhibitionStops)
    .innerJoin(structures, eq(structures.id, exhibitionStops.structureId))
    .leftJoin(venues, eq(venues.id, exhibitionStops.venueId))
    .where(
      and(
        isNull(exhibitionStops.deletedAt),
        where.exhibitionId ? eq(exhibitionStops.exhibitionId, where.exhibitionId) : undefined,
        where.stopId ? eq(exhibitionStops.id, where.stopId) : undefined,
      ),
    )
    .orderBy(asc(exhibitionStops.installFrom));
}

type Window = { installFrom: string; removalUntil: string };

/**
 * The first live stop, other than `exceptId`, whose install-to-removal window shares a day with
 * this one, either in the same exhibition or at the same venue.
 */
export async function clashingStop(db: DbOrTx, on: { exhibitionId: string } | { venueId: string }, window: Window, exceptId?: string) {
  const rows = await db
    .select({ stop: exhibitionStops, structureName: structures.name, venueName: venues.name })
    .from(exhibitionStops)
    .innerJoin(structures, eq(structures.id, exhibitionStops.structureId))
    .leftJoin(venues, eq(venues.id, exhibitionStops.venueId))
    .where(
      and(
        isNull(exhibitionStops.deletedAt),
        'exhibitionId' in on ? eq(exhibitionStops.exhibitionId, on.exhibitionId) : eq(exhibitionStops.venueId, on.venueId),
        lte(exhibitionStops.installFrom, window.removalUntil),
        gte(exhibitionStops.removalUntil, window.installFrom),
        exceptId ? ne(exhibitionStops.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(exhibitionStops.installFrom))
    .limit(1);
  return rows[0];
}

/** Serialises itinerary writes on one key (an exhibition or a venue) until the transaction ends. */
export async function lockItinerary(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`itinerary:${key}`}))`);
}

export async function visitsOf(db: DbOrTx, stopId: string) {
  return db
    .select({ day: stopVisits.day, visitors: stopVisits.visitors })
    .from(stopVisits)
    .where(eq(stopVisits.stopId, stopId))
    .orderBy(asc(stopVisits.day));
}

/** Sets the day's count; returns the count it replaced (null when there was none). */
export async function upsertVisit(db: DbOrTx, stopId: string, day: string, visitors: number): Promise<number | null> {
  const [before] = await db
    .select({ visitors: stopVisits.visitors })
    .from(stopVisits)
    .where(and(eq(stopVisits.stopId, stopId), eq(stopVisits.day, day)))
    .for('update');
  await db
    .insert(stopVisits)
    .values({ stopId, day, visitors })
    .onConflictDoUpdate({ target: [stopVisits.stopId, stopVisits.day], set: { visitors } });
  return before?.visitors ?? null;
}
