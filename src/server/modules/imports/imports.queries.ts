import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import type { ImportSettings, RejectedRow } from '../../../contracts/imports.ts';
import type { DbOrTx } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';

const { file: _file, ...jobColumns } = getTableColumns(importJobs);
/** A job as read everywhere but by the runner: without its file, which may weigh megabytes. */
export type ImportJobRow = Omit<typeof importJobs.$inferSelect, 'file'>;

/**
 * The file travels as base64 text, decoded by Postgres: drivers turn a bytea parameter into hex
 * in JavaScript, which took PGlite 6 s for 10 MB against 0.5 s this way (and the same on reading).
 */
export async function insertImportJob(db: DbOrTx, values: Omit<typeof importJobs.$inferInsert, 'file'>, file: Uint8Array) {
  const base64 = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64');
  const [row] = await db
    .insert(importJobs)
    .values({ ...values, file: sql`decode(${base64}, 'base64')` })
    .returning(jobColumns);
  return row!;
}

export async function findImportJob(db: DbOrTx, id: string): Promise<ImportJobRow | undefined> {
  const [row] = await db.select(jobColumns).from(importJobs).where(eq(importJobs.id, id)).limit(1);
  return row;
}

export async function findImportFile(db: DbOrTx, id: string): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ file: sql<string | null>`encode(${importJobs.file}, 'base64')` })
    .from(importJobs)
    .where(eq(importJobs.id, id))
    .limit(1);
  return row?.file ? Buffer.from(row.file, 'base64') : null;
}

/** The latest jobs, of one user or (null) of everyone. */
export async function listImportJobRows(db: DbOrTx, createdBy: string | null): Promise<ImportJobRow[]> {
  return db
    .select(jobColumns)
    .from(importJobs)
    .where(createdBy === null ? undefined : eq(importJobs.createdBy, createdBy))
    .orderBy(desc(importJobs.createdAt))
    .limit(50);
}

/** A new reading of the file replaces its preview; settings made for the old columns no longer apply. */
export async function saveImportReading(
  db: DbOrTx,
  id: string,
  values: Pick<typeof importJobs.$inferInsert, 'encoding' | 'separator' | 'preview' | 'totalRows'>,
) {
  const [row] = await db
    .update(importJobs)
    .set({ ...values, settings: null })
    .where(and(eq(importJobs.id, id), eq(importJobs.processedRows, 0), inArray(importJobs.status, ['uploaded', 'interrupted', 'failed'])))
    .returning(jobColumns);
  return row;
}

export async function saveImportSettings(db: DbOrTx, id: string, settings: ImportSettings): Promise<void> {
  await db.update(importJobs).set({ settings }).where(eq(importJobs.id, id));
}

/**
 * Takes the job for one runner, atomically: a job that waits, was interrupted or failed, or
 * whose runner stopped beating (its node died), is claimed; one that runs elsewhere is not.
 */
export async function claimImportJob(db: DbOrTx, id: string, settings: ImportSettings, staleBefore: Date) {
  const now = new Date();
  const [row] = await db
    .update(importJobs)
    .set({ status: 'running', settings, heartbeatAt: now, startedAt: sql`coalesce(${importJobs.startedAt}, ${now})`, failure: null })
    .where(
      and(
        eq(importJobs.id, id),
        or(
          inArray(importJobs.status, ['uploaded', 'interrupted', 'failed']),
          and(eq(importJobs.status, 'running'), lt(importJobs.heartbeatAt, staleBefore)),
        ),
      ),
    )
    .returning(jobColumns);
  return row;
}

export type BatchProgress = {
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedRows: RejectedRow[];
};

/**
 * Written in the batch's own transaction: progress and data are committed together or not at all.
 * The row must still be where this runner started the batch; false when another runner took the
 * job over meanwhile (its node thought this one dead), and the caller then rolls the batch back.
 */
export async function recordBatchProgress(db: DbOrTx, id: string, startedAt: number, batch: BatchProgress): Promise<boolean> {
  const rows = await db
    .update(importJobs)
    .set({
      processedRows: batch.processedRows,
      created: sql`${importJobs.created} + ${batch.created}`,
      updated: sql`${importJobs.updated} + ${batch.updated}`,
      unchanged: sql`${importJobs.unchanged} + ${batch.unchanged}`,
      rejected: sql`${importJobs.rejected} + ${batch.rejected}`,
      rejectedRows: sql`${importJobs.rejectedRows} || ${JSON.stringify(batch.rejectedRows)}::jsonb`,
      heartbeatAt: new Date(),
    })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running'), eq(importJobs.processedRows, startedAt)))
    .returning({ id: importJobs.id });
  return rows.length === 1;
}

/** The end of a run; a completed job lets its file go (it may hold personal data). */
export async function finishImportJob(
  db: DbOrTx,
  id: string,
  status: 'completed' | 'interrupted' | 'failed',
  failure: string | null = null,
) {
  const done = status === 'completed';
  await db
    .update(importJobs)
    .set({ status, failure, heartbeatAt: null, ...(done ? { finishedAt: new Date(), file: null } : {}) })
    .where(eq(importJobs.id, id));
}
