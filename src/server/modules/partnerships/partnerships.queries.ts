import { and, arrayContains, asc, count, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PartnershipExportQuery } from '../../../contracts/exports.ts';
import type { PartnershipListQuery } from '../../../contracts/partnerships.ts';
import { STAGES } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sinceOf, sortOrder } from '../../db/lists.ts';
import { organisations, partnershipStageChanges, partnerships, structures, user } from '../../db/schema/index.ts';
import { folded, matchesText, organisationVector } from '../../db/text-search.ts';
import { dormantCondition } from './dormancy.ts';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type StageChangeRow = typeof partnershipStageChanges.$inferSelect;

/** What a partnership DTO shows of its organisation. */
const organisationSummary = {
  id: organisations.id,
  name: organisations.name,
  sector: organisations.sector,
  postcode: organisations.postcode,
  city: organisations.city,
  inseeCode: organisations.inseeCode,
  tags: organisations.tags,
};
const withOrganisation = { partnership: partnerships, organisation: organisationSummary };
export type OrganisationSummaryRow = { [K in keyof typeof organisationSummary]: (typeof organisations.$inferSelect)[K] };
/** Stages sort in pipeline order, not alphabetically. */
const stageOrder = sql`array_position(array[${sql.raw(STAGES.map((s) => `'${s}'`).join(', '))}]::text[], ${partnerships.stage})`;
const SORTS = {
  createdAt: partnerships.createdAt,
  updatedAt: partnerships.updatedAt,
  stage: stageOrder,
  stageChangedAt: partnerships.stageChangedAt,
  nextStepOn: partnerships.nextStepOn,
  organisationName: folded(organisations.name),
};

/** `dormantCutoff`: see dormancy.ts. */
function listConditions(query: PartnershipExportQuery, readable: string[] | null, near: boolean, dormantCutoff: Date): SQL | undefined {
  return and(
    isNull(partnerships.deletedAt),
    readable ? inArray(partnerships.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
    query.structureId ? eq(partnerships.structureId, query.structureId) : undefined,
    query.organisationId ? eq(partnerships.organisationId, query.organisationId) : undefined,
    query.stage ? eq(partnerships.stage, query.stage) : undefined,
    query.engagement ? arrayContains(partnerships.engagements, [query.engagement]) : undefined,
    query.objective ? arrayContains(partnerships.objectives, [query.objective]) : undefined,
    query.ownerId ? eq(partnerships.ownerId, query.ownerId) : undefined,
    query.sector ? eq(organisations.sector, query.sector) : undefined,
    query.tag ? arrayContains(organisations.tags, [query.tag]) : undefined,
    query.inseeCode ? eq(organisations.inseeCode, query.inseeCode) : undefined,
    query.dormant !== undefined ? dormantCondition(query.dormant, dormantCutoff) : undefined,
    query.updatedSince ? gte(partnerships.updatedAt, sinceOf(query.updatedSince)) : undefined,
    query.q ? matchesText(organisationVector, folded(organisations.name), query.q, near) : undefined,
  );
}

/**
 * The partnerships of the readable structures (null: all), each with its organisation's summary.
 * `near`: match the words `q` by near spelling of the organisation's name instead of full text.
 */
export async function listPartnershipRows(
  db: DbOrTx,
  query: PartnershipListQuery,
  readable: string[] | null,
  dormantCutoff: Date,
  near = false,
) {
  const where = listConditions(query, readable, near, dormantCutoff);
  const joined = eq(organisations.id, partnerships.organisationId);
  const rows = await db
    .select(withOrganisation)
    .from(partnerships)
    .innerJoin(organisations, joined)
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, '-updatedAt', partnerships.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(partnerships).innerJoin(organisations, joined).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The whole list view's ids in its order, for an export that then reads the rows a batch at a time. */
export async function partnershipIdsInOrder(
  db: DbOrTx,
  query: PartnershipExportQuery,
  readable: string[] | null,
  dormantCutoff: Date,
  near = false,
) {
  const rows = await db
    .select({ id: partnerships.id })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(listConditions(query, readable, near, dormantCutoff))
    .orderBy(...sortOrder(query.sort, SORTS, '-updatedAt', partnerships.id));
  return { ids: rows.map((r) => r.id), total: rows.length };
}

/** Partnerships with their organisation, structure and owner, for an export. */
export async function partnershipsForExport(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ partnership: partnerships, organisation: organisations, structureName: structures.name, ownerName: user.name })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .innerJoin(structures, eq(structures.id, partnerships.structureId))
    .leftJoin(user, eq(user.id, partnerships.ownerId))
    .where(and(inArray(partnerships.id, ids), isNull(partnerships.deletedAt)));
  return rows.map((r) => ({ id: r.partnership.id, ...r }));
}

export async function findLivePartnership(db: DbOrTx, id: string) {
  const [row] = await db
    .select(withOrganisation)
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(and(eq(partnerships.id, id), isNull(partnerships.deletedAt)))
    .limit(1);
  return row;
}

export async function insertPartnership(db: DbOrTx, values: typeof partnerships.$inferInsert): Promise<PartnershipRow> {
  const [row] = await db.insert(partnerships).values(values).returning();
  return row!;
}

export async function insertStageChange(db: DbOrTx, values: typeof partnershipStageChanges.$inferInsert): Promise<void> {
  await db.insert(partnershipStageChanges).values(values);
}

/** Oldest first, each with the name of who moved it. */
export async function listStageChanges(db: DbOrTx, partnershipId: string) {
  return db
    .select({ change: partnershipStageChanges, actorName: user.name })
    .from(partnershipStageChanges)
    .leftJoin(user, eq(user.id, partnershipStageChanges.actorId))
    .where(eq(partnershipStageChanges.partnershipId, partnershipId))
    .orderBy(asc(partnershipStageChanges.at), asc(partnershipStageChanges.id));
}

/** Live partnerships by id, with their organisation's summary, locked for an update in this transaction. */
export async function livePartnershipsForUpdate(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select(withOrganisation)
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(and(inArray(partnerships.id, ids), isNull(partnerships.deletedAt)))
    .for('update', { of: partnerships });
}
