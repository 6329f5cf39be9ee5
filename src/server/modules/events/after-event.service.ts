import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { eventPartners, interactions, partnerships } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { actorIdOf } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertInteraction } from '../interactions/interactions.queries.ts';
import type { EventRow } from './events.queries.ts';

const ROLE_LABELS: Record<string, string> = {
  co_organiser: 'co-organisation',
  venue: 'lieu d’accueil',
  speaker: 'intervention',
  relay: 'relais',
  funder: 'financement',
};

/**
 * When an event is held, each organisation involved (its partners and its venue) gets an
 * interaction of kind `event` on its timeline, linked to the event and to the structure's
 * partnership with it if there is one. Once only: an organisation that already has an
 * interaction for this event (even one since deleted) gets no other.
 */
export async function recordHeldInteractions(tx: DbOrTx, actor: Actor, event: EventRow, occurredAt: Date): Promise<void> {
  const partners = await tx.select().from(eventPartners).where(eq(eventPartners.eventId, event.id));
  const roles = new Map<string, string[]>();
  for (const p of partners) roles.set(p.organisationId, [...(roles.get(p.organisationId) ?? []), ROLE_LABELS[p.role] ?? p.role]);
  if (event.venueId && !roles.has(event.venueId)) roles.set(event.venueId, [ROLE_LABELS.venue!]);
  for (const [organisationId, labels] of roles) {
    const [already] = await tx
      .select({ id: interactions.id })
      .from(interactions)
      .where(and(eq(interactions.eventId, event.id), eq(interactions.organisationId, organisationId)))
      .limit(1);
    if (already) continue;
    const [partnership] = await tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(
        and(
          eq(partnerships.organisationId, organisationId),
          eq(partnerships.structureId, event.structureId),
          isNull(partnerships.deletedAt),
        ),
      )
      .limit(1);
    const row = await insertInteraction(tx, {
      structureId: event.structureId,
      kind: 'event',
      occurredAt,
      summary: `Événement tenu : ${event.title} (${labels.join(', ')})`,
      authorId: actorIdOf(actor),
      organisationId,
      partnershipId: partnership?.id ?? null,
      eventId: event.id,
    });
    await recordAudit(tx, {
      actorId: actorIdOf(actor),
      entityType: 'interaction',
      entityId: row.id,
      structureId: row.structureId,
      action: 'create',
      before: null,
      after: row,
    });
  }
}
