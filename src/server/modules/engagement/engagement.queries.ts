import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  actionCommitments,
  eventPartners,
  eventSlots,
  events,
  interactions,
  organisations,
  partnershipStageChanges,
  partnerships,
  planActions,
  registrations,
} from '../../db/schema/index.ts';

/** Live partnerships of these structures (or this one partnership), with their organisation's name. */
export async function partnershipRows(db: DbOrTx, scope: { structureIds: string[] } | { partnershipId: string }) {
  const where =
    'partnershipId' in scope ? eq(partnerships.id, scope.partnershipId) : inArray(partnerships.structureId, nonEmpty(scope.structureIds));
  return db
    .select({
      id: partnerships.id,
      organisationId: partnerships.organisationId,
      organisationName: organisations.name,
      structureId: partnerships.structureId,
      stage: partnerships.stage,
      createdAt: partnerships.createdAt,
      lastInteractionAt: partnerships.lastInteractionAt,
      nextStep: partnerships.nextStep,
      nextStepOn: partnerships.nextStepOn,
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(and(isNull(partnerships.deletedAt), where));
}
export type PartnershipFactsRow = Awaited<ReturnType<typeof partnershipRows>>[number];

const nonEmpty = (ids: string[]) => (ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000']);

export async function stageChangeRows(db: DbOrTx, partnershipIds: string[]) {
  return db
    .select({
      partnershipId: partnershipStageChanges.partnershipId,
      at: partnershipStageChanges.at,
      toStage: partnershipStageChanges.toStage,
    })
    .from(partnershipStageChanges)
    .where(inArray(partnershipStageChanges.partnershipId, nonEmpty(partnershipIds)))
    .orderBy(asc(partnershipStageChanges.at));
}

/** Interactions of these structures with an organisation (directly, or through a partnership). */
export async function interactionRows(db: DbOrTx, structureIds: string[], organisationIds?: string[]) {
  const organisationId = sql<string | null>`coalesce(${interactions.organisationId}, ${partnerships.organisationId})`;
  return db
    .select({ structureId: interactions.structureId, organisationId, at: interactions.occurredAt })
    .from(interactions)
    .leftJoin(partnerships, eq(partnerships.id, interactions.partnershipId))
    .where(
      and(
        isNull(interactions.deletedAt),
        inArray(interactions.structureId, nonEmpty(structureIds)),
        organisationIds ? sql`${organisationId} in ${nonEmpty(organisationIds)}` : sql`${organisationId} is not null`,
      ),
    );
}

const firstSlot = sql<Date>`(select min(${eventSlots.startsAt}) from ${eventSlots} where ${eventSlots.eventId} = ${events.id})`.mapWith(
  (value: string | Date) => new Date(value),
);

/** Held events of these structures and the organisations that took part (partner in any role, or venue), once per event. */
export async function heldEventRows(db: DbOrTx, structureIds: string[]) {
  const scope = and(isNull(events.deletedAt), eq(events.status, 'held'), inArray(events.structureId, nonEmpty(structureIds)));
  const partners = db
    .selectDistinct({ structureId: events.structureId, eventId: events.id, organisationId: eventPartners.organisationId, at: firstSlot })
    .from(eventPartners)
    .innerJoin(events, eq(events.id, eventPartners.eventId))
    .where(scope);
  const venues = db
    .selectDistinct({ structureId: events.structureId, eventId: events.id, organisationId: sql<string>`${events.venueId}`, at: firstSlot })
    .from(events)
    .where(and(scope, isNotNull(events.venueId)));
  const rows = [...(await partners), ...(await venues)];
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.eventId}:${row.organisationId}`;
    if (seen.has(key) || row.at === null) return false;
    seen.add(key);
    return true;
  });
}

/** Confirmed seats brought by a relay partner's code, per slot. */
export async function relayedSeatRows(db: DbOrTx, structureIds: string[]) {
  return db
    .select({
      structureId: registrations.structureId,
      organisationId: sql<string>`${registrations.relayOrganisationId}`,
      at: eventSlots.startsAt,
      seats: sql<number>`sum(${registrations.headcount})::int`,
    })
    .from(registrations)
    .innerJoin(eventSlots, eq(eventSlots.id, registrations.slotId))
    .where(
      and(
        isNull(registrations.deletedAt),
        eq(registrations.status, 'confirmed'),
        isNotNull(registrations.relayOrganisationId),
        inArray(registrations.structureId, nonEmpty(structureIds)),
      ),
    )
    .groupBy(registrations.structureId, registrations.relayOrganisationId, eventSlots.id, eventSlots.startsAt);
}

/** Live commitments to live actions that are not dropped; the action's deadline and status tell whether it is overdue. */
export async function commitmentRows(db: DbOrTx, structureIds: string[]) {
  return db
    .select({
      structureId: actionCommitments.structureId,
      organisationId: actionCommitments.organisationId,
      signedOn: sql<string>`coalesce(${actionCommitments.signedOn}, (${actionCommitments.createdAt} at time zone 'Europe/Paris')::date)::text`,
      actionTitle: planActions.title,
      actionStatus: planActions.status,
      deadline: planActions.deadline,
    })
    .from(actionCommitments)
    .innerJoin(planActions, eq(planActions.id, actionCommitments.actionId))
    .where(
      and(
        isNull(actionCommitments.deletedAt),
        isNull(planActions.deletedAt),
        ne(planActions.status, 'dropped'),
        inArray(actionCommitments.structureId, nonEmpty(structureIds)),
      ),
    );
}
