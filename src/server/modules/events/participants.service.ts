import { and, eq } from 'drizzle-orm';
import type { EVENT_PARTNER_ROLES } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/records.ts';
import { eventPartners, eventStaff } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import { touchEvent } from './events.queries.ts';
import { audit, eventDetail, loadWritableEvent } from './events.service.ts';

type PartnerRole = (typeof EVENT_PARTNER_ROLES)[number];

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 6 characters without look-alikes, upper case, as registrants type it in (32^6 possibilities). */
export function newRelayCode(): string {
  return [...crypto.getRandomValues(new Uint8Array(6))].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** An organisation takes part in a role; a relay gets its own code, which registrants give to say how they heard of the event. */
export async function addPartner(db: Db, actor: Actor, eventId: string, organisationId: string, role: PartnerRole) {
  try {
    await db.transaction(async (tx) => {
      const event = await loadWritableEvent(tx, actor, eventId);
      await requireOrganisations(tx, [organisationId]);
      const [row] = await tx
        .insert(eventPartners)
        .values({ eventId, organisationId, role, relayCode: role === 'relay' ? newRelayCode() : null })
        .returning();
      await touchEvent(tx, eventId);
      await recordAudit(tx, audit(actor, event, 'update', null, { partenaire: row! }));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Cette organisation a déjà ce rôle dans l’événement.');
    throw error;
  }
  return eventDetail(db, eventId);
}

export async function removePartner(db: Db, actor: Actor, eventId: string, organisationId: string, role: PartnerRole) {
  await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    const [row] = await tx
      .delete(eventPartners)
      .where(and(eq(eventPartners.eventId, eventId), eq(eventPartners.organisationId, organisationId), eq(eventPartners.role, role)))
      .returning();
    if (!row) throw notFound('Ce partenaire de l’événement');
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', { partenaire: row }, null));
  });
  return eventDetail(db, eventId);
}

/** Staff are people of the event's structure (or of the coordination); double bookings show as conflicts. */
export async function addStaff(db: Db, actor: Actor, eventId: string, userId: string) {
  await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    await requireOwnerIn(tx, userId, event.structureId);
    const [row] = await tx.insert(eventStaff).values({ eventId, userId }).onConflictDoNothing().returning();
    if (!row) return;
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', null, { équipe: row }));
  });
  return eventDetail(db, eventId);
}

export async function removeStaff(db: Db, actor: Actor, eventId: string, userId: string) {
  await db.transaction(async (tx) => {
    const event = await loadWritableEvent(tx, actor, eventId);
    const [row] = await tx
      .delete(eventStaff)
      .where(and(eq(eventStaff.eventId, eventId), eq(eventStaff.userId, userId)))
      .returning();
    if (!row) throw notFound('Cette personne de l’équipe');
    await touchEvent(tx, eventId);
    await recordAudit(tx, audit(actor, event, 'update', { équipe: row }, null));
  });
  return eventDetail(db, eventId);
}
