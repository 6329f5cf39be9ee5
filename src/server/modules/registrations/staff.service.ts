import type {
  CheckInInput,
  EventRegistrations,
  EventRegistrationsQuery,
  StaffRegistrationInput,
} from '../../../contracts/registrations.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sendRegistrationMails } from './registration-mails.ts';
import {
  findByCheckInCode,
  findEvent,
  findRegistration,
  lockSlot,
  type RegistrationRow,
  registrationsOfEvent,
  setStatus,
  slotsOfEvent,
} from './registrations.queries.ts';
import { cancelRegistration, type RegistrationDeps, registrationDto } from './registrations.service.ts';
import { audit, requireOpenSlot, takeSeat } from './seats.ts';

const EVENT = 'L’événement';

/** Another structure's event is reported as missing rather than forbidden. */
export async function readableEvent(db: DbOrTx, actor: Actor, eventId: string) {
  const event = await findEvent(db, eventId);
  if (!event || !hasAccess(actor, 'structure:read', event.structureId)) throw notFound(EVENT);
  return event;
}

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Seats per slot and each registration's place in line, from all the event's registrations. */
export function seatsBySlot(rows: RegistrationRow[]) {
  const seats = new Map<string, { confirmedSeats: number; waitingSeats: number; checkedInSeats: number }>();
  const positions = new Map<string, number>();
  const waitingCount = new Map<string, number>();
  for (const row of rows) {
    const slot = seats.get(row.slotId) ?? { confirmedSeats: 0, waitingSeats: 0, checkedInSeats: 0 };
    if (row.status === 'confirmed') slot.confirmedSeats += row.headcount;
    if (row.status === 'confirmed' && row.checkedInAt) slot.checkedInSeats += row.headcount;
    if (row.status === 'waitlisted') {
      slot.waitingSeats += row.headcount;
      const position = (waitingCount.get(row.slotId) ?? 0) + 1;
      waitingCount.set(row.slotId, position);
      positions.set(row.id, position);
    }
    seats.set(row.slotId, slot);
  }
  return { seats, positions };
}

export async function listEventRegistrations(
  db: Db,
  actor: Actor,
  eventId: string,
  query: EventRegistrationsQuery,
): Promise<EventRegistrations> {
  await readableEvent(db, actor, eventId);
  const [slots, rows] = await Promise.all([slotsOfEvent(db, eventId), registrationsOfEvent(db, eventId)]);
  const { seats, positions } = seatsBySlot(rows);
  const wanted = query.q ? folded(query.q) : undefined;
  const shown = rows.filter(
    (row) =>
      (!query.status || row.status === query.status) &&
      (!wanted || folded(row.name).includes(wanted) || folded(row.groupName ?? '').includes(wanted)),
  );
  return {
    eventId,
    slots: slots.map((slot) => ({
      slotId: slot.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: slot.capacity,
      ...(seats.get(slot.id) ?? { confirmedSeats: 0, waitingSeats: 0, checkedInSeats: 0 }),
      registrations: shown.filter((row) => row.slotId === slot.id).map((row) => registrationDto(row, positions.get(row.id) ?? null)),
    })),
  };
}

/** A registration taken by phone or at the desk: any event of the structure that is not cancelled, held or past. */
export async function registerByStaff(deps: RegistrationDeps, actor: Actor, eventId: string, input: StaffRegistrationInput) {
  const event = await readableEvent(deps.db, actor, eventId);
  requireAccess(actor, 'structure:write', event.structureId);
  const { slot, row, position } = await deps.db.transaction(async (tx) => {
    const locked = await lockSlot(tx, input.slotId);
    if (!locked || locked.eventId !== eventId) throw notFound('Le créneau');
    requireOpenSlot(locked);
    return { slot: locked, ...(await takeSeat(tx, locked, input, actorIdOf(actor))) };
  });
  await sendRegistrationMails(deps.db, deps, slot, [{ kind: row.status === 'confirmed' ? 'confirmation' : 'waitlist', row, position }]);
  return registrationDto(row, position);
}

/** Checks a confirmed registration in, by id or by the code of its e-mail; checking in twice keeps the first time. */
export async function checkIn(db: Db, actor: Actor, eventId: string, input: CheckInInput) {
  const event = await readableEvent(db, actor, eventId);
  requireAccess(actor, 'structure:write', event.structureId);
  return db.transaction(async (tx) => {
    const row =
      'registrationId' in input ? await findRegistration(tx, input.registrationId) : await findByCheckInCode(tx, eventId, input.code);
    if (!row || row.eventId !== eventId) throw notFound('L’inscription');
    if (row.status === 'waitlisted') throw new AppError('conflict', `${row.name} est sur liste d’attente : pas de place confirmée.`);
    if (row.status === 'cancelled') throw new AppError('conflict', `L’inscription de ${row.name} a été annulée.`);
    if (row.checkedInAt) return registrationDto(row, null);
    const [after] = await setStatus(tx, [row.id], { checkedInAt: new Date(), checkedInBy: actorIdOf(actor) });
    await recordAudit(tx, audit(actorIdOf(actor), after!, 'update', row, after!));
    return registrationDto(after!, null);
  });
}

export async function cancelByStaff(deps: RegistrationDeps, actor: Actor, registrationId: string) {
  const row = await findRegistration(deps.db, registrationId);
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound('L’inscription');
  requireAccess(actor, 'structure:write', row.structureId);
  const { cancelled } = await cancelRegistration(deps, registrationId, actorIdOf(actor));
  return registrationDto(cancelled, null);
}
