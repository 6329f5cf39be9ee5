import { and, arrayContains, count, eq, gte, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { OrganisationExportQuery } from '../../../contracts/exports.ts';
import type { OrganisationListQuery } from '../../../contracts/organisations.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sinceOf, sortOrder } from '../../db/lists.ts';
import { organisations, partnerships } from '../../db/schema/index.ts';
import { folded, matchesText, organisationVector } from '../../db/text-search.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;

const SORTS = {
  name: folded(organisations.name),
  createdAt: organisations.createdAt,
  updatedAt: organisations.updatedAt,
  postcode: organisations.postcode,
  sector: organisations.sector,
};

function listConditions(query: OrganisationExportQuery, near: boolean): SQL | undefined {
  return and(
    isNull(organisations.deletedAt),
    query.sector ? eq(organisations.sector, query.sector) : undefined,
    query.tag ? arrayContains(organisations.tags, [query.tag]) : undefined,
    query.public ? arrayContains(organisations.publics, [query.public]) : undefined,
    query.inseeCode ? eq(organisations.inseeCode, query.inseeCode) : undefined,
    query.postcode ? eq(organisations.postcode, query.postcode) : undefined,
    query.source ? eq(organisations.source, query.source) : undefined,
    query.updatedSince ? gte(organisations.updatedAt, sinceOf(query.updatedSince)) : undefined,
    query.q ? matchesText(organisationVector, folded(organisations.name), query.q, near) : undefined,
  );
}

/** `near`: match the words `q` by near spelling of the name instead of full text. */
export async function listOrganisationRows(db: DbOrTx, query: OrganisationListQuery, near = false) {
  const where = listConditions(query, near);
  const rows = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, 'name', organisations.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The whole list view's ids in its order, for an export that then reads the rows a batch at a time. */
export async function organisationIdsInOrder(db: DbOrTx, query: OrganisationExportQuery, near = false) {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(listConditions(query, near))
    .orderBy(...sortOrder(query.sort, SORTS, 'name', organisations.id));
  return { ids: rows.map((r) => r.id), total: rows.length };
}

export async function liveOrganisationsByIds(db: DbOrTx, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(and(inArray(organisations.id, ids), isNull(organisations.deletedAt)));
}

export async function insertOrganisation(db: DbOrTx, values: OrganisationInsert): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

export type Identifiers = { rna?: string | null; siret?: string | null; uai?: string | null };

/** Live organisations sharing at least one identifier with the candidate. */
export async function findByIdentifiers(db: DbOrTx, ids: Identifiers, excludeId?: string): Promise<OrganisationRow[]> {
  const matches = [
    ids.rna ? eq(organisations.rna, ids.rna) : undefined,
    ids.siret ? eq(organisations.siret, ids.siret) : undefined,
    ids.uai ? eq(organisations.uai, ids.uai) : undefined,
  ].filter((c) => c !== undefined);
  if (matches.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(and(isNull(organisations.deletedAt), or(...matches), excludeId ? ne(organisations.id, excludeId) : undefined))
    .limit(20);
}

/** Names close to the candidate's in the same postcode: the postcode narrows the set before trigrams are compared. */
export async function findSimilarNames(db: DbOrTx, name: string, postcode: string, excludeId?: string) {
  const score = sql<number>`similarity(${folded(organisations.name)}, ${folded(name)})`;
  return db
    .select({ row: organisations, score })
    .from(organisations)
    .where(
      and(
        isNull(organisations.deletedAt),
        eq(organisations.postcode, postcode),
        sql`${score} >= 0.45`,
        excludeId ? ne(organisations.id, excludeId) : undefined,
      ),
    )
    .orderBy(sql`${score} desc`)
    .limit(10);
}

export async function countLivePartnerships(db: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(partnerships)
    .where(and(eq(partnerships.organisationId, organisationId), isNull(partnerships.deletedAt)));
  return row?.n ?? 0;
}

export async function liveOrganisationNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(inArray(organisations.id, [...new Set(ids)]), isNull(organisations.deletedAt)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
