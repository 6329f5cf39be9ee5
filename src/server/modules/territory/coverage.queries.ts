import { and, arrayContains, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { OBJECTIVES, SECTORS, STAGES } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';
import { eventSlots, events, organisations, partnerships } from '../../db/schema/index.ts';

export type CoverageFilter = {
  /** null: every structure. */
  structureIds: string[] | null;
  stages: readonly (typeof STAGES)[number][];
  sector?: (typeof SECTORS)[number];
  objective?: (typeof OBJECTIVES)[number];
};

/** Live partnerships in the given stages with their organisation's place, best stage first for each organisation. */
export async function coveragePartnerRows(db: DbOrTx, filter: CoverageFilter) {
  if (filter.structureIds?.length === 0) return [];
  return db
    .select({
      partnershipId: partnerships.id,
      organisationId: organisations.id,
      name: organisations.name,
      sector: organisations.sector,
      stage: partnerships.stage,
      objectives: partnerships.objectives,
      inseeCode: organisations.inseeCode,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      precision: organisations.geoPrecision,
      qpvCode: organisations.qpvCode,
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(
      and(
        isNull(partnerships.deletedAt),
        isNull(organisations.deletedAt),
        filter.structureIds ? inArray(partnerships.structureId, filter.structureIds) : undefined,
        inArray(partnerships.stage, [...filter.stages]),
        filter.sector ? eq(organisations.sector, filter.sector) : undefined,
        filter.objective ? arrayContains(partnerships.objectives, [filter.objective]) : undefined,
      ),
    )
    .orderBy(organisations.name, organisations.id);
}
export type CoveragePartnerRow = Awaited<ReturnType<typeof coveragePartnerRows>>[number];

/** Events held at a venue organisation with coordinates, not cancelled, with their first slot. */
export async function coverageEventRows(db: DbOrTx, structureIds: string[] | null) {
  if (structureIds?.length === 0) return [];
  return db
    .select({
      id: events.id,
      title: events.title,
      venueName: organisations.name,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      startsAt:
        sql<Date | null>`(select min(${eventSlots.startsAt}) from ${eventSlots} where ${eventSlots.eventId} = ${events.id})`.mapWith(
          (value: string | Date | null) => (value === null ? null : new Date(value)),
        ),
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.venueId))
    .where(
      and(
        isNull(events.deletedAt),
        isNull(organisations.deletedAt),
        structureIds ? inArray(events.structureId, structureIds) : undefined,
        sql`${events.status} <> 'cancelled' and ${organisations.latitude} is not null and ${organisations.longitude} is not null`,
      ),
    )
    .orderBy(events.title, events.id);
}
