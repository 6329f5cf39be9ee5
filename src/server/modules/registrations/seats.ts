import type { RegistrantLanguage } from '../../../contracts/registrations.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  insertRegistration,
  type RegistrationRow,
  relayPartnerOf,
  type SlotWithEvent,
  setStatus,
  sumConfirmedSeats,
  waitingInArrivalOrder,
  waitlistPositionOf,
} from './registrations.queries.ts';

/** The registrant's answers, as both the public form and the staff form give them. */
export type RegistrantInput = {
  name: string;
  email: string;
  phone?: string;
  kind: 'person' | 'class' | 'association' | 'other';
  groupName?: string;
  headcount: number;
  channel?: RegistrationRow['channel'];
  relayCode?: string;
  postcode?: string;
  language: RegistrantLanguage;
};

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 8 characters without look-alikes (0/O, 1/I): easy to read out at the desk, 32^8 possibilities. */
export function newCheckInCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** Cancelled, postponed or already held events, and slots that have started, take no registration. */
export function requireOpenSlot(slot: SlotWithEvent, now: Date = new Date()): void {
  if (slot.status === 'cancelled') throw new AppError('conflict', 'Cet événement est annulé : il ne prend plus d’inscription.');
  if (slot.status === 'postponed')
    throw new AppError('conflict', 'Cet événement est reporté : les inscriptions rouvriront avec la nouvelle date.');
  if (slot.status === 'held' || slot.startsAt.getTime() <= now.getTime()) {
    throw new AppError('conflict', 'Ce créneau est passé : il ne prend plus d’inscription.');
  }
}

/**
 * Decides the seat of a new registration on a slot the caller has locked (lockSlot): confirmed
 * while the confirmed headcounts plus this one fit the capacity (no capacity: always), else
 * waitlisted behind those already waiting.
 */
export async function takeSeat(tx: DbOrTx, slot: SlotWithEvent, input: RegistrantInput, actorId: string | null) {
  const relayOrganisationId = input.relayCode ? await relayPartnerOf(tx, slot.eventId, input.relayCode) : undefined;
  if (input.relayCode && !relayOrganisationId) {
    throw new AppError('validation', 'Ce code relais ne correspond à aucun partenaire de cet événement.', {
      errors: [{ path: 'body.relayCode', message: 'Code relais inconnu pour cet événement' }],
    });
  }
  const taken = await sumConfirmedSeats(tx, slot.slotId);
  const fits = slot.capacity === null || taken + input.headcount <= slot.capacity;
  const row = await insertRegistration(tx, {
    slotId: slot.slotId,
    eventId: slot.eventId,
    structureId: slot.structureId,
    status: fits ? 'confirmed' : 'waitlisted',
    name: input.name,
    email: input.email,
    phone: input.phone ?? null,
    kind: input.kind,
    groupName: input.kind === 'person' ? null : (input.groupName ?? null),
    headcount: input.headcount,
    consentAt: new Date(),
    channel: input.channel ?? (relayOrganisationId ? 'relay_partner' : null),
    relayCode: relayOrganisationId ? input.relayCode!.toUpperCase() : null,
    relayOrganisationId: relayOrganisationId ?? null,
    postcode: input.postcode ?? null,
    language: input.language,
    checkInCode: newCheckInCode(),
    createdBy: actorId,
  });
  await recordAudit(tx, audit(actorId, row, 'create', null, row));
  return { row, position: await waitlistPositionOf(tx, row) };
}

/**
 * Gives freed seats to the waiting list, on a locked slot. Rule (first fit, in arrival order):
 * each waiting registration that fits the seats still free is confirmed; one that does not fit
 * (a group larger than what is free) keeps its place in line, and smaller ones behind it may
 * pass, so no seat stays empty while someone who fits is waiting.
 */
export async function promoteWaitlist(tx: DbOrTx, slot: SlotWithEvent, actorId: string | null): Promise<RegistrationRow[]> {
  const waiting = await waitingInArrivalOrder(tx, slot.slotId);
  if (waiting.length === 0) return [];
  let free = slot.capacity === null ? Number.POSITIVE_INFINITY : slot.capacity - (await sumConfirmedSeats(tx, slot.slotId));
  const chosen: RegistrationRow[] = [];
  for (const registration of waiting) {
    if (registration.headcount > free) continue;
    chosen.push(registration);
    free -= registration.headcount;
  }
  const promoted = await setStatus(
    tx,
    chosen.map((r) => r.id),
    { status: 'confirmed' },
  );
  for (const after of promoted) {
    await recordAudit(tx, audit(actorId, after, 'update', chosen.find((r) => r.id === after.id)!, after));
  }
  return promoted;
}

export function audit(
  actorId: string | null,
  row: RegistrationRow,
  action: 'create' | 'update',
  before: RegistrationRow | null,
  after: RegistrationRow | null,
) {
  return { actorId, entityType: 'registration' as const, entityId: row.id, structureId: row.structureId, action, before, after };
}
