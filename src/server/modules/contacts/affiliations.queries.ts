import { and, asc, desc, eq, gte, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { affiliations, organisations } from '../../db/schema/index.ts';

export type AffiliationRow = typeof affiliations.$inferSelect;

/** A person's affiliations, current ones first (most recent start first), each with its organisation. */
export async function listAffiliationsOf(db: DbOrTx, contactId: string) {
  return db
    .select({ affiliation: affiliations, organisation: { id: organisations.id, name: organisations.name } })
    .from(affiliations)
    .innerJoin(organisations, and(eq(organisations.id, affiliations.organisationId), isNull(organisations.deletedAt)))
    .where(and(eq(affiliations.contactId, contactId), isNull(affiliations.deletedAt)))
    .orderBy(sql`${affiliations.endOn} is not null`, desc(affiliations.startOn), asc(affiliations.createdAt));
}

export async function insertAffiliation(db: DbOrTx, values: typeof affiliations.$inferInsert): Promise<AffiliationRow> {
  const [row] = await db.insert(affiliations).values(values).returning();
  return row!;
}

export async function findAffiliationOf(db: DbOrTx, contactId: string, id: string): Promise<AffiliationRow | undefined> {
  const [row] = await db
    .select()
    .from(affiliations)
    .where(and(eq(affiliations.id, id), eq(affiliations.contactId, contactId), isNull(affiliations.deletedAt)))
    .limit(1);
  return row;
}

/** The person's other primary affiliations, which lose the flag: one primary at a time. */
export async function clearOtherPrimaries(db: DbOrTx, contactId: string, keepId: string) {
  const before = await db
    .select()
    .from(affiliations)
    .where(
      and(
        eq(affiliations.contactId, contactId),
        eq(affiliations.primary, true),
        ne(affiliations.id, keepId),
        isNull(affiliations.deletedAt),
      ),
    );
  const after = await db
    .update(affiliations)
    .set({ primary: false, version: sql`${affiliations.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(affiliations.contactId, contactId),
        eq(affiliations.primary, true),
        ne(affiliations.id, keepId),
        isNull(affiliations.deletedAt),
      ),
    )
    .returning();
  return after.map((row) => ({ before: before.find((b) => b.id === row.id)!, after: row }));
}

/** Each person's main current job: the primary affiliation first, else the latest started (as the search shows it). */
export async function mainAffiliationsOf(db: DbOrTx, contactIds: string[], today: string) {
  if (contactIds.length === 0) return new Map<string, { organisation: string; role: string | null }>();
  const rows = await db
    .selectDistinctOn([affiliations.contactId], {
      contactId: affiliations.contactId,
      organisation: organisations.name,
      role: affiliations.role,
    })
    .from(affiliations)
    .innerJoin(organisations, and(eq(organisations.id, affiliations.organisationId), isNull(organisations.deletedAt)))
    .where(
      and(
        inArray(affiliations.contactId, contactIds),
        isNull(affiliations.deletedAt),
        or(isNull(affiliations.endOn), gte(affiliations.endOn, today)),
      ),
    )
    .orderBy(affiliations.contactId, desc(affiliations.primary), sql`${affiliations.startOn} desc nulls last`, asc(affiliations.createdAt));
  return new Map(rows.map((r) => [r.contactId, { organisation: r.organisation, role: r.role }]));
}

/** Each contact's affiliation to one organisation: a current one first, then the primary, then the latest started. */
export async function affiliationsTo(db: DbOrTx, organisationId: string, contactIds: string[], today: string) {
  if (contactIds.length === 0) return new Map<string, AffiliationRow>();
  const rows = await db
    .selectDistinctOn([affiliations.contactId])
    .from(affiliations)
    .where(
      and(eq(affiliations.organisationId, organisationId), inArray(affiliations.contactId, contactIds), isNull(affiliations.deletedAt)),
    )
    .orderBy(
      affiliations.contactId,
      sql`${affiliations.endOn} is null or ${affiliations.endOn} >= ${today} desc`,
      desc(affiliations.primary),
      sql`${affiliations.startOn} desc nulls last`,
      asc(affiliations.createdAt),
    );
  return new Map(rows.map((row) => [row.contactId, row]));
}
