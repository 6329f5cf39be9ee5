import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { eventPartners, eventSlots, events, qpv, registrations } from '../../db/schema/index.ts';

export type RegistrationRow = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;

/** The slot with what registering needs to know of its event. */
export type SlotWithEvent = {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  eventId: string;
  structureId: string;
  title: string;
  status: (typeof events.$inferSelect)['status'];
  registrationMode: (typeof events.$inferSelect)['registrationMode'];
  onlineUrl: string | null;
  venueId: string | null;
};

const slotWithEventColumns = {
  slotId: eventSlots.id,
  startsAt: eventSlots.startsAt,
  endsAt: eventSlots.endsAt,
  capacity: eventSlots.capacity,
  eventId: events.id,
  structureId: events.structureId,
  title: events.title,
  status: events.status,
  registrationMode: events.registrationMode,
  onlineUrl: events.onlineUrl,
  venueId: events.venueId,
};

/**
 * Locks the slot row until the transaction ends: seats of one slot are decided one registration
 * at a time, on every node (PostgreSQL row lock), while other slots stay free.
 */
export async function lockSlot(tx: DbOrTx, slotId: string): Promise<SlotWithEvent | undefined> {
  const rows = await tx
    .select(slotWithEventColumns)
    .from(eventSlots)
    .innerJoin(events, eq(events.id, eventSlots.eventId))
    .where(and(eq(eventSlots.id, slotId), isNull(events.deletedAt)))
    .for('update', { of: eventSlots });
  return rows[0];
}

export async function findSlot(db: DbOrTx, slotId: string): Promise<SlotWithEvent | undefined> {
  const rows = await db
    .select(slotWithEventColumns)
    .from(eventSlots)
    .innerJoin(events, eq(events.id, eventSlots.eventId))
    .where(and(eq(eventSlots.id, slotId), isNull(events.deletedAt)));
  return rows[0];
}

const live = isNull(registrations.deletedAt);

/**
 * Seats already given on a slot: the sum of the confirmed headcounts. The events module uses it
 * (through the service's `confirmedSeats`) to refuse a capacity below it.
 */
export async function sumConfirmedSeats(db: DbOrTx, slotId: string): Promise<number> {
  const [row] = await db
    .select({ seats: sql<number>`coalesce(sum(${registrations.headcount}), 0)::int` })
    .from(registrations)
    .where(and(live, eq(registrations.slotId, slotId), eq(registrations.status, 'confirmed')));
  return row?.seats ?? 0;
}

export async function insertRegistration(tx: DbOrTx, values: NewRegistration): Promise<RegistrationRow> {
  const [row] = await tx.insert(registrations).values(values).returning();
  return row!;
}

/** 1 for the first in line. */
export async function waitlistPositionOf(db: DbOrTx, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'waitlisted') return null;
  const [result] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        live,
        eq(registrations.slotId, row.slotId),
        eq(registrations.status, 'waitlisted'),
        sql`${registrations.arrival} <= ${row.arrival}`,
      ),
    );
  return result?.n ?? null;
}

export async function waitingInArrivalOrder(tx: DbOrTx, slotId: string): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(live, eq(registrations.slotId, slotId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.arrival));
}

export async function setStatus(tx: DbOrTx, ids: string[], patch: Partial<NewRegistration>): Promise<RegistrationRow[]> {
  if (ids.length === 0) return [];
  return tx
    .update(registrations)
    .set({ ...patch, version: sql`${registrations.version} + 1`, updatedAt: new Date() })
    .where(and(live, inArray(registrations.id, ids)))
    .returning();
}

export async function findRegistration(db: DbOrTx, id: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .select()
    .from(registrations)
    .where(and(live, eq(registrations.id, id)));
  return rows[0];
}

export async function findByCheckInCode(db: DbOrTx, eventId: string, code: string): Promise<RegistrationRow | undefined> {
  const rows = await db
    .select()
    .from(registrations)
    .where(and(live, eq(registrations.eventId, eventId), eq(registrations.checkInCode, code)));
  return rows[0];
}

/** The relay partner of this event that handed out the code. */
export async function relayPartnerOf(db: DbOrTx, eventId: string, code: string): Promise<string | undefined> {
  const rows = await db
    .select({ organisationId: eventPartners.organisationId })
    .from(eventPartners)
    .where(and(eq(eventPartners.eventId, eventId), sql`upper(${eventPartners.relayCode}) = upper(${code})`));
  return rows[0]?.organisationId;
}

export async function slotsOfEvent(db: DbOrTx, eventId: string) {
  return db.select().from(eventSlots).where(eq(eventSlots.eventId, eventId)).orderBy(asc(eventSlots.startsAt));
}

/** Every live registration of an event, in arrival order (an event has hundreds at most). */
export async function registrationsOfEvent(db: DbOrTx, eventId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(live, eq(registrations.eventId, eventId)))
    .orderBy(asc(registrations.arrival));
}

export async function findEvent(db: DbOrTx, eventId: string) {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), isNull(events.deletedAt)));
  return rows[0];
}

/** INSEE codes of the communes and Paris arrondissements that hold a priority neighbourhood (QPV). */
export async function qpvPlaceCodes(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ communes: qpv.communes, arrondissements: qpv.arrondissements }).from(qpv).where(isNull(qpv.deletedAt));
  return new Set(rows.flatMap((row) => [...row.communes, ...row.arrondissements]));
}

/** Confirmed seats of many slots at once (the public agenda shows the seats left). */
export async function confirmedSeatsOfSlots(db: DbOrTx, slotIds: string[]): Promise<Map<string, number>> {
  if (slotIds.length === 0) return new Map();
  const rows = await db
    .select({ slotId: registrations.slotId, seats: sql<number>`sum(${registrations.headcount})::int` })
    .from(registrations)
    .where(and(live, inArray(registrations.slotId, slotIds), eq(registrations.status, 'confirmed')))
    .groupBy(registrations.slotId);
  return new Map(rows.map((row) => [row.slotId, row.seats]));
}
