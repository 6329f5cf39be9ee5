import { and, eq } from 'drizzle-orm';
import type { SlotInput, SlotUpdate } from '../../../contracts/events.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { eventSlots } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { confirmedSeats, fillFreedSeats, type RegistrationDeps } from '../registrations/registrations.service.ts';
import { requireSlotTimes } from './event-rules.ts';
import { type SlotRow, touchEvent } from './events.queries.ts';
import { audit, eventDetail, insertSlots, loadWritableEvent } from './events.service.ts';

const WHAT = 'Le créneau';

/** The slot row, locked until the transaction ends (registrations take seats under the same lock). */
async function lockSlotOf(tx: DbOrTx, eventId: string, slotId: string): Promise<SlotRow> {
  const [slot] = await tx
    .select()
    .from(eventSlots)
    .where(and(eq(eventSlots.id, slotId), eq(eventSlots.eventId, eventId)))
    .for('update');
  if (!slot) throw notFound(WHAT);
  return slot;
}

const slotAudit = (slot: SlotRow | null) => (slot ? { [`créneau ${slot.id}`]: slot } : null);

export async function addSlot(db: Db, actor: Actor, eventId: string, input: SlotInput) {
  requireSlotTimes(input, 'body');
  await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    await insertSlots(tx, eventId, [input]);
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', null, { créneau: input }));
  });
  return eventDetail(db, eventId);
}

/**
 * Ends after it starts; its capacity never below the seats already confirmed. A capacity raised (or
 * lifted) gives the new seats to the waiting list, in order, and e-mails those promoted.
 */
export async function updateSlot(deps: RegistrationDeps, actor: Actor, eventId: string, slotId: string, input: SlotUpdate) {
  const { db } = deps;
  const raised = await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    const before = await lockSlotOf(tx, eventId, slotId);
    const startsAt = input.startsAt ? new Date(input.startsAt) : before.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : before.endsAt;
    requireSlotTimes({ startsAt, endsAt }, 'body');
    const capacity = input.capacity === undefined ? before.capacity : input.capacity;
    if (capacity !== null) {
      const taken = await confirmedSeats(tx, slotId);
      if (capacity < taken) {
        const message = `Ce créneau a déjà ${taken} place${taken > 1 ? 's' : ''} confirmée${taken > 1 ? 's' : ''} : la jauge ne peut descendre en dessous.`;
        throw new AppError('validation', message, { errors: [{ path: 'body.capacity', message }] });
      }
    }
    const [after] = await tx.update(eventSlots).set({ startsAt, endsAt, capacity }).where(eq(eventSlots.id, slotId)).returning();
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', slotAudit(before), slotAudit(after!)));
    return before.capacity !== null && (capacity === null || capacity > before.capacity);
  });
  if (raised) await fillFreedSeats(deps, slotId, actorIdOf(actor));
  return eventDetail(db, eventId);
}

/** A slot that holds registrations (confirmed, waiting or cancelled) stays: cancel the event or move the slot instead. */
export async function removeSlot(db: Db, actor: Actor, eventId: string, slotId: string) {
  await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    const before = await lockSlotOf(tx, eventId, slotId);
    if ((await confirmedSeats(tx, slotId)) > 0) {
      throw new AppError(
        'conflict',
        'Ce créneau a des inscriptions confirmées : déplacez-le ou annulez l’événement plutôt que de le supprimer.',
      );
    }
    try {
      await tx.transaction(async (inner) => {
        await inner.delete(eventSlots).where(eq(eventSlots.id, slotId));
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new AppError('conflict', 'Ce créneau garde des inscriptions (liste d’attente ou annulées) : il ne peut être supprimé.');
      }
      throw error;
    }
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', slotAudit(before), null));
  });
  return eventDetail(db, eventId);
}

function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e?.code ?? e?.cause?.code) === '23503';
}
