import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { MergeKind, MergeListQuery } from '../../../contracts/merges.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow } from '../../db/lists.ts';
import { contacts, merges, organisations, partnerships, user } from '../../db/schema/index.ts';

export type MergeRow = typeof merges.$inferSelect;

export async function insertMerge(tx: DbOrTx, values: typeof merges.$inferInsert): Promise<MergeRow> {
  const [row] = await tx.insert(merges).values(values).returning();
  return row!;
}

/** The merge, locked until the end of the transaction so that two undos cannot both run. */
export async function lockMerge(tx: DbOrTx, id: string): Promise<MergeRow | undefined> {
  const [row] = await tx.select().from(merges).where(eq(merges.id, id)).for('update');
  return row;
}

export async function markUndone(tx: DbOrTx, id: string, actorId: string | null): Promise<MergeRow> {
  const [row] = await tx.update(merges).set({ undoneAt: new Date(), undoneBy: actorId }).where(eq(merges.id, id)).returning();
  return row!;
}

/** Most recent first. */
export async function listMergeRows(db: DbOrTx, query: MergeListQuery) {
  const where = query.kind ? eq(merges.kind, query.kind) : undefined;
  const rows = await db
    .select()
    .from(merges)
    .where(where)
    .orderBy(desc(merges.at), merges.id)
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(merges).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Names of the records of merges, trashed ones included (a merged record is in the trash). */
export async function recordLabels(db: DbOrTx, kind: MergeKind, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  if (kind === 'organisation') {
    const rows = await db
      .select({ id: organisations.id, label: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, ids));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  const rows = await db
    .select({ id: contacts.id, label: sql<string>`concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})` })
    .from(contacts)
    .where(inArray(contacts.id, ids));
  return new Map(rows.map((r) => [r.id, r.label]));
}

export async function userNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Structures whose partnerships a merge of this organisation would move. */
export async function structuresFollowing(tx: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ structureId: partnerships.structureId })
    .from(partnerships)
    .where(and(eq(partnerships.organisationId, organisationId), isNull(partnerships.deletedAt)));
  return rows.map((r) => r.structureId);
}

export async function structuresOfPartnerships(tx: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectDistinct({ structureId: partnerships.structureId }).from(partnerships).where(inArray(partnerships.id, ids));
  return rows.map((r) => r.structureId);
}
