import type { CancelPreview, PublicRegistrationInput, RegistrationReceipt } from '../../../contracts/registrations.ts';
import { PUBLIC_EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { toDto } from '../../db/records.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readCancelToken } from './cancel-token.ts';
import { type MailSettings, type PendingMail, sendRegistrationMails } from './registration-mails.ts';
import {
  confirmedSeatsOfSlots,
  findRegistration,
  findSlot,
  lockSlot,
  type RegistrationRow,
  type SlotWithEvent,
  setStatus,
  sumConfirmedSeats,
} from './registrations.queries.ts';
import { audit, promoteWaitlist, requireOpenSlot, takeSeat } from './seats.ts';

export type RegistrationDeps = MailSettings & { db: Db };

const SLOT = 'Le créneau';
const isPublic = (status: SlotWithEvent['status']) => (PUBLIC_EVENT_STATUSES as readonly string[]).includes(status);

/**
 * Seats already given on a slot (sum of confirmed headcounts). The events module calls it to
 * refuse a capacity below the registrations taken.
 */
export function confirmedSeats(db: DbOrTx, slotId: string): Promise<number> {
  return sumConfirmedSeats(db, slotId);
}

/** Confirmed seats of many slots, by slot id (slots without registrations are absent). */
export function confirmedSeatsBySlot(db: DbOrTx, slotIds: string[]): Promise<Map<string, number>> {
  return confirmedSeatsOfSlots(db, slotIds);
}

/** A registration from the public form: the slot must belong to a public event that registers in Maillage. */
export async function registerPublicly(
  deps: RegistrationDeps,
  slotId: string,
  input: PublicRegistrationInput,
): Promise<RegistrationReceipt> {
  if (input.website) {
    throw new AppError('validation', 'Inscription refusée.', { errors: [{ path: 'body.website', message: 'Laissez ce champ vide' }] });
  }
  const { slot, row, position } = await deps.db.transaction(async (tx) => {
    const locked = await lockSlot(tx, slotId);
    if (!locked || !isPublic(locked.status)) throw notFound(SLOT);
    if (locked.registrationMode !== 'internal') {
      throw new AppError('conflict', 'Les inscriptions à cet événement ne se font pas ici : suivez le lien indiqué sur sa page.');
    }
    requireOpenSlot(locked);
    return { slot: locked, ...(await takeSeat(tx, locked, input, null)) };
  });
  await sendRegistrationMails(deps.db, deps, slot, [{ kind: row.status === 'confirmed' ? 'confirmation' : 'waitlist', row, position }]);
  return { id: row.id, status: row.status, headcount: row.headcount, waitlistPosition: position };
}

async function registrationOfToken(deps: RegistrationDeps, token: string) {
  const row = await findRegistration(deps.db, readCancelToken(deps.secret, token));
  const slot = row ? await findSlot(deps.db, row.slotId) : undefined;
  if (!row || !slot) throw notFound('L’inscription');
  return { row, slot };
}

export async function previewCancellation(deps: RegistrationDeps, token: string): Promise<CancelPreview> {
  const { row, slot } = await registrationOfToken(deps, token);
  return {
    eventTitle: slot.title,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    name: row.name,
    headcount: row.headcount,
    status: row.status,
  };
}

export async function cancelWithToken(deps: RegistrationDeps, token: string): Promise<CancelPreview> {
  const { row } = await registrationOfToken(deps, token);
  const { slot, cancelled } = await cancelRegistration(deps, row.id, null);
  return {
    eventTitle: slot.title,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    name: cancelled.name,
    headcount: cancelled.headcount,
    status: cancelled.status,
  };
}

/**
 * Cancels on the locked slot, then gives the freed seats to the waiting list (see promoteWaitlist);
 * the registrant and everyone promoted are told by e-mail once it is committed.
 */
export async function cancelRegistration(deps: RegistrationDeps, id: string, actorId: string | null) {
  const { slot, cancelled, pending } = await deps.db.transaction(async (tx) => {
    const before = await findRegistration(tx, id);
    const locked = before ? await lockSlot(tx, before.slotId) : undefined;
    // Read again under the lock: a concurrent cancellation may have won.
    const current = locked ? await findRegistration(tx, id) : undefined;
    if (!locked || !current) throw notFound('L’inscription');
    if (current.status === 'cancelled') throw new AppError('conflict', 'Cette inscription est déjà annulée.');
    const [after] = await setStatus(tx, [id], { status: 'cancelled', cancelledAt: new Date() });
    await recordAudit(tx, audit(actorId, after!, 'update', current, after!));
    const promoted = current.status === 'confirmed' ? await promoteWaitlist(tx, locked, actorId) : [];
    const mails: PendingMail[] = [
      { kind: 'cancellation', row: after!, position: null },
      ...promoted.map((row): PendingMail => ({ kind: 'promotion', row, position: null })),
    ];
    return { slot: locked, cancelled: after!, pending: mails };
  });
  await sendRegistrationMails(deps.db, deps, slot, pending);
  return { slot, cancelled };
}

/** After a capacity was raised: the waiting list takes the new seats, and is told. For the events module. */
export async function fillFreedSeats(deps: RegistrationDeps, slotId: string, actorId: string | null): Promise<number> {
  const result = await deps.db.transaction(async (tx) => {
    const slot = await lockSlot(tx, slotId);
    return slot ? { slot, promoted: await promoteWaitlist(tx, slot, actorId) } : undefined;
  });
  if (!result) return 0;
  await sendRegistrationMails(
    deps.db,
    deps,
    result.slot,
    result.promoted.map((row) => ({ kind: 'promotion', row, position: null })),
  );
  return result.promoted.length;
}

export const registrationDto = (row: RegistrationRow, waitlistPosition: number | null) => ({ ...toDto(row), waitlistPosition });
