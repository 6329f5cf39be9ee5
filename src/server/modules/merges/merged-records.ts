import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { RecordTable } from '../../db/records.ts';
import { merges } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';

/** The merged record points at the survivor, so that the trash can tell a merge from a deletion. */
export async function pointMergedAt(tx: DbOrTx, table: RecordTable, mergedId: string, survivorId: string | null): Promise<void> {
  await tx.execute(sql`update ${table} set merged_into_id = ${survivorId} where id = ${mergedId}`);
}

/**
 * Restoring a merged record from the trash would leave its links with the survivor and two copies
 * of one actor: the merge is to be undone instead, which puts everything back (409 otherwise).
 */
export async function refuseRestoringMerged(tx: DbOrTx, row: Record<string, unknown>): Promise<void> {
  if (!row.mergedIntoId) return;
  const [merge] = await tx
    .select({ id: merges.id })
    .from(merges)
    .where(and(eq(merges.mergedId, row.id as string), isNull(merges.undoneAt)))
    .orderBy(desc(merges.at))
    .limit(1);
  throw new AppError(
    'conflict',
    'Cet enregistrement a été fusionné dans un autre : annulez la fusion (Partenaires → Doublons, fusions récentes) au lieu de le restaurer.',
    { current: { mergedIntoId: row.mergedIntoId, mergeId: merge?.id ?? null } },
  );
}
