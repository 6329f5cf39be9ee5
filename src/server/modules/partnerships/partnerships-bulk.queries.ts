import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organisations, partnershipStageChanges, partnerships } from '../../db/schema/index.ts';
import type { PartnershipRow } from './partnerships.queries.ts';

type OrganisationRow = typeof organisations.$inferSelect;

/** One statement for the whole selection; each row gets a new version, like a single update. */
export async function updatePartnershipsById(
  db: DbOrTx,
  ids: string[],
  values: Partial<Pick<PartnershipRow, 'ownerId' | 'stage' | 'stageChangedAt'>>,
): Promise<PartnershipRow[]> {
  if (ids.length === 0) return [];
  return db
    .update(partnerships)
    .set({ ...values, version: sql`${partnerships.version} + 1`, updatedAt: new Date() })
    .where(and(inArray(partnerships.id, ids), isNull(partnerships.deletedAt)))
    .returning();
}

export async function insertStageChanges(db: DbOrTx, values: (typeof partnershipStageChanges.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(partnershipStageChanges).values(values);
}

export async function liveOrganisationsForUpdate(db: DbOrTx, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(and(inArray(organisations.id, ids), isNull(organisations.deletedAt)))
    .for('update');
}

/** Adds the tag to, or removes it from, these organisations' tags. */
export async function retagOrganisations(db: DbOrTx, ids: string[], tag: string, add: boolean): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  const tags = add ? sql`array_append(${organisations.tags}, ${tag}::text)` : sql`array_remove(${organisations.tags}, ${tag}::text)`;
  return db
    .update(organisations)
    .set({ tags, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(and(inArray(organisations.id, ids), isNull(organisations.deletedAt)))
    .returning();
}
