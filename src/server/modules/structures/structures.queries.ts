import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { structures } from '../../db/schema/index.ts';

export type StructureRow = typeof structures.$inferSelect;

export async function listLiveStructures(db: DbOrTx, onlyIds: string[] | null): Promise<StructureRow[]> {
  const scope = onlyIds ? inArray(structures.id, onlyIds.length ? onlyIds : ['00000000-0000-0000-0000-000000000000']) : undefined;
  return db
    .select()
    .from(structures)
    .where(and(isNull(structures.deletedAt), scope))
    .orderBy(asc(structures.kind), asc(structures.code));
}

export async function insertStructure(db: DbOrTx, values: typeof structures.$inferInsert): Promise<StructureRow> {
  const [row] = await db.insert(structures).values(values).returning();
  return row as StructureRow;
}
