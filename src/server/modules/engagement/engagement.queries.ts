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
export type PartnershipScope = { structureIds: string[] } | { partnershipId: string };
const scopeCondition = (scope: PartnershipScope) =>
  'partnershipId' in scope ? eq(partnerships.id, scope.partnershipId) : inArray(partnerships.structureId, nonEmpty(scope.structureIds));

export async function partnershipRows(db: DbOrTx, scope: PartnershipScope) {
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
    .where(and(isNull(partnerships.deletedAt), scopeCondition(scope)));
}
export type PartnershipFactsRow = Awaited<ReturnType<typeof partnershipRows>>[number];

const nonEmpty = (ids: string[]) => (ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000']);

/** Stage changes of the same partnerships as `partnershipRows`, oldest first (found through the structure, not a list of ids). */
export async function stageChangeRows(db: DbOrTx, scope: PartnershipScope) {
  return db
    .select({
      partnershipId: partnershipStageChanges.partnershipId,
      at: partnershipStageChanges.at,
      toStage: partnershipStageChanges.toStage,
    })
    .from(partnershipStageChanges)
    .innerJoin(partnerships, eq(partnerships.id, partnershipStageChanges.partnershipId))
    .where(and(isNull(partnerships.deletedAt), scopeCondition(scope)))
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

/** Held events of these structures and the organisations that took part (partner in any role, or venue), once per event, dated by the first slot. */
export async function heldEventRows(db: DbOrTx, structureIds: string[]) {
  const result = await db.execute(sql`
    with held as (
      select e.id, e.structure_id, e.venue_id, first.at
      from ${events} e
        join (select s.event_id, min(s.starts_at) as at from ${eventSlots} s group by s.event_id) first on first.event_id = e.id
      where e.deleted_at is null and e.status = 'held' and e.structure_id in ${nonEmpty(structureIds)}
    )
    select h.structure_id as "structureId", h.id as "eventId", p.organisation_id as "organisationId", h.at
      from held h join ${eventPartners} p on p.event_id = h.id
    union
    select h.structure_id, h.id, h.venue_id, h.at from held h where h.venue_id is not null`);
  const rows = (result as unknown as { rows: { structureId: string; eventId: string; organisationId: string; at: Date | string }[] }).rows;
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
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
