import { and, eq, gt, inArray, isNull, lt, ne, notInArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { eventSlots, eventStaff, events, organisations, user } from '../../db/schema/index.ts';

/** Cancelled and postponed events hold no booking. */
const INACTIVE = ['cancelled', 'postponed'] as ('cancelled' | 'postponed')[];

const e1 = alias(events, 'e1');
const e2 = alias(events, 'e2');
const s1 = alias(eventSlots, 's1');
const s2 = alias(eventSlots, 's2');
const st1 = alias(eventStaff, 'st1');
const st2 = alias(eventStaff, 'st2');

export type ConflictScope = { eventId?: string; from?: Date; to?: Date; readable?: string[] | null; structureId?: string };

const columns = {
  eventId: e1.id,
  eventTitle: e1.title,
  slot: { id: s1.id, startsAt: s1.startsAt, endsAt: s1.endsAt, capacity: s1.capacity },
  otherEventId: e2.id,
  otherEventTitle: e2.title,
  otherSlot: { id: s2.id, startsAt: s2.startsAt, endsAt: s2.endsAt, capacity: s2.capacity },
};

/** Pairs of live, active events with overlapping slots, seen from e1 (the event asked about, or the smaller id). */
function pairConditions(scope: ConflictScope): SQL | undefined {
  const readable = scope.readable;
  return and(
    isNull(e1.deletedAt),
    isNull(e2.deletedAt),
    notInArray(e1.status, INACTIVE),
    notInArray(e2.status, INACTIVE),
    ne(e1.id, e2.id),
    scope.eventId ? eq(e1.id, scope.eventId) : lt(e1.id, e2.id),
    scope.to ? lt(s1.startsAt, scope.to) : undefined,
    scope.from ? gt(s1.endsAt, scope.from) : undefined,
    readable ? inArray(e1.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
    scope.structureId ? eq(e1.structureId, scope.structureId) : undefined,
  );
}

export async function venueConflicts(db: DbOrTx, scope: ConflictScope) {
  const rows = await db
    .select({ ...columns, resourceId: organisations.id, resourceName: organisations.name })
    .from(e1)
    .innerJoin(s1, eq(s1.eventId, e1.id))
    .innerJoin(e2, eq(e2.venueId, e1.venueId))
    .innerJoin(s2, and(eq(s2.eventId, e2.id), lt(s2.startsAt, s1.endsAt), gt(s2.endsAt, s1.startsAt)))
    .innerJoin(organisations, eq(organisations.id, e1.venueId))
    .where(pairConditions(scope))
    .orderBy(s1.startsAt)
    .limit(500);
  return rows.map((row) => ({ kind: 'venue' as const, ...row }));
}

export async function staffConflicts(db: DbOrTx, scope: ConflictScope) {
  const rows = await db
    .select({ ...columns, resourceId: user.id, resourceName: user.name })
    .from(e1)
    .innerJoin(s1, eq(s1.eventId, e1.id))
    .innerJoin(st1, eq(st1.eventId, e1.id))
    .innerJoin(st2, eq(st2.userId, st1.userId))
    .innerJoin(e2, eq(e2.id, st2.eventId))
    .innerJoin(s2, and(eq(s2.eventId, e2.id), lt(s2.startsAt, s1.endsAt), gt(s2.endsAt, s1.startsAt)))
    .innerJoin(user, eq(user.id, st1.userId))
    .where(pairConditions(scope))
    .orderBy(s1.startsAt)
    .limit(500);
  return rows.map((row) => ({ kind: 'staff' as const, ...row }));
}
