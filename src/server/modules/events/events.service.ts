import type { ConflictsQuery, EventCreate, EventListQuery, EventUpdate } from '../../../contracts/events.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { eventSlots, events } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { recordHeldInteractions } from './after-event.service.ts';
import { type ConflictScope, staffConflicts, venueConflicts } from './conflicts.queries.ts';
import { requireConsistent, requireLinks, requireSlotsValid, requireStarted, requireTransition } from './event-rules.ts';
import {
  type EventRow,
  findEventWithVenue,
  ideaOfEvent,
  insertEvent,
  listEventRows,
  parisDaysRange,
  partnersOf,
  type SlotRow,
  slotsOf,
  staffOf,
} from './events.queries.ts';

const WHAT = 'L’événement';

const slotDto = (slot: SlotRow) => ({
  id: slot.id,
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  capacity: slot.capacity,
});
const eventDto = (row: EventRow, venueName: string | null, slots: SlotRow[]) => ({
  ...toDto(row),
  venue: row.venueId ? { id: row.venueId, name: venueName ?? '?' } : null,
  slots: slots.filter((s) => s.eventId === row.id).map(slotDto),
});

export async function listEvents(db: Db, actor: Actor, query: EventListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const { rows, total } = await listEventRows(db, query, readableStructureIds(actor));
  const slots = await slotsOf(
    db,
    rows.map((r) => r.event.id),
  );
  return pageOf(
    rows.map((r) => eventDto(r.event, r.venueName, slots)),
    total,
    query,
  );
}

/** Another structure's event is reported as missing rather than forbidden. */
export async function loadReadableEvent(db: DbOrTx, actor: Actor, id: string): Promise<EventRow> {
  const row = (await findLive(db, events, id)) as EventRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  return row;
}

/** The event for someone who may change it: readable, and a member (or more) of its structure. */
export async function loadWritableEvent(db: DbOrTx, actor: Actor, id: string): Promise<EventRow> {
  const row = await loadReadableEvent(db, actor, id);
  requireAccess(actor, 'structure:write', row.structureId);
  return row;
}

/** For a checklist task: a live event of the task's structure. */
export async function requireEventOf(db: DbOrTx, eventId: string, structureId: string): Promise<void> {
  const row = (await findLive(db, events, eventId)) as EventRow | undefined;
  if (!row) throw notFound(WHAT);
  if (row.structureId !== structureId) {
    const message = 'Cet événement appartient à une autre structure.';
    throw new AppError('validation', message, { errors: [{ path: 'body.eventId', message }] });
  }
}

/** The event with its slots, partners, staff, the idea it came from and its double bookings. */
export async function eventDetail(db: DbOrTx, id: string) {
  const found = await findEventWithVenue(db, id);
  if (!found) throw notFound(WHAT);
  const [slots, partners, staff, ideaId, conflicts] = await Promise.all([
    slotsOf(db, [id]),
    partnersOf(db, id),
    staffOf(db, id),
    ideaOfEvent(db, id),
    conflictsOf(db, { eventId: id }),
  ]);
  return { ...eventDto(found.event, found.venueName, slots), partners, staff, ideaId, conflicts };
}

export async function getEvent(db: Db, actor: Actor, id: string) {
  await loadReadableEvent(db, actor, id);
  return eventDetail(db, id);
}

async function conflictsOf(db: DbOrTx, scope: ConflictScope) {
  const found = [...(await venueConflicts(db, scope)), ...(await staffConflicts(db, scope))];
  return found
    .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime())
    .map((c) => ({ ...c, slot: slotDto(c.slot as SlotRow), otherSlot: slotDto(c.otherSlot as SlotRow) }));
}

/** Venues and staff booked on overlapping slots of two active events, among the events the actor reads, between two Paris days. */
export async function listConflicts(db: Db, actor: Actor, query: ConflictsQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const range = parisDaysRange(query.from, query.to);
  return { items: await conflictsOf(db, { ...range, readable: readableStructureIds(actor), structureId: query.structureId }) };
}

/** Slots may come with the event; a new event is an idea unless said otherwise. */
export async function createEvent(db: Db, actor: Actor, input: EventCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  const { slots = [], ...fields } = input;
  requireSlotsValid(slots);
  requireConsistent(fields);
  const id = await db.transaction(async (tx) => {
    await requireLinks(tx, fields);
    const row = await insertEvent(tx, fields);
    await insertSlots(tx, row.id, slots);
    await recordAudit(tx, audit(actor, row, 'create', null, { ...row, slots }));
    return row.id;
  });
  return eventDetail(db, id);
}

export async function insertSlots(tx: DbOrTx, eventId: string, slots: EventCreate['slots'] & object) {
  if (slots.length === 0) return;
  await tx
    .insert(eventSlots)
    .values(slots.map((s) => ({ eventId, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), capacity: s.capacity ?? null })));
}

/** Status changes follow the programme's steps; becoming held writes each partner's interaction. */
export async function updateEvent(db: Db, actor: Actor, id: string, input: EventUpdate) {
  const { version, ...patch } = input;
  await db.transaction(async (tx) => {
    const before = await loadWritableEvent(tx, actor, id);
    requireConsistent({ ...before, ...patch });
    await requireLinks(tx, patch);
    const becomesHeld = patch.status === 'held' && before.status !== 'held';
    if (patch.status) requireTransition(before.status, patch.status);
    const slots = await slotsOf(tx, [id]);
    if (becomesHeld) requireStarted(slots);
    const after = (await updateVersioned(tx, events, id, version, patch, WHAT)) as EventRow;
    await recordAudit(tx, audit(actor, after, 'update', before, after));
    if (becomesHeld) await recordHeldInteractions(tx, actor, after, slots[0]!.startsAt);
  });
  return eventDetail(db, id);
}

export async function deleteEvent(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadReadableEvent(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, events, id, actorIdOf(actor));
    await recordAudit(tx, audit(actor, before, 'delete', before, null));
    return { deleted: true as const, trash: true };
  });
}

type Row = Record<string, unknown>;
export function audit(actor: Actor, row: EventRow, action: 'create' | 'update' | 'delete', before: Row | null, after: Row | null) {
  return { actorId: actorIdOf(actor), entityType: 'event' as const, entityId: row.id, structureId: row.structureId, action, before, after };
}
