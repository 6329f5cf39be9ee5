import { and, desc, eq, getTableColumns, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OpendataRejectedRow } from '../../../contracts/opendata.ts';
import type { DbOrTx } from '../../db/client.ts';
import { directoryEntries, opendataImportJobs, venueMappings } from '../../db/schema/index.ts';
import type { EntryInput } from './directory-entry.ts';

const { file: _file, ...jobColumns } = getTableColumns(opendataImportJobs);
export type OpendataJobRow = Omit<typeof opendataImportJobs.$inferSelect, 'file'>;
type JobInsert = Omit<typeof opendataImportJobs.$inferInsert, 'file'>;

/** Fields a re-import refreshes, unless a user edited them (`edited_fields`). */
const REFRESHED = [
  'name',
  'sector',
  'legalForm',
  'rna',
  'siret',
  'uai',
  'nafCode',
  'themeCodes',
  'address',
  'postcode',
  'city',
  'inseeCode',
  'latitude',
  'longitude',
  'qpvCode',
  'qpvDistanceMeters',
  'geoPrecision',
  'website',
  'description',
  'sourceDate',
] as const satisfies (keyof EntryInput)[];

const columnName = (field: (typeof REFRESHED)[number]) => directoryEntries[field].name;

function refreshed(): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const field of REFRESHED) {
    const column = sql.identifier(columnName(field));
    set[field] =
      sql`case when ${field} = any(${directoryEntries.editedFields}) then ${directoryEntries[field]} else excluded.${column} end`;
  }
  return set;
}
const ON_CONFLICT_SET = refreshed();

/**
 * Inserts or refreshes a batch in one statement; says for each row whether it was new. A place
 * that changed loses its QPV fields, derived again afterwards.
 */
export async function upsertEntries(tx: DbOrTx, entries: EntryInput[], now: Date): Promise<{ inserted: number; updated: number }> {
  if (entries.length === 0) return { inserted: 0, updated: 0 };
  const rows = await tx
    .insert(directoryEntries)
    .values(entries.map((entry) => ({ ...entry, firstImportedAt: now, lastImportedAt: now })))
    .onConflictDoUpdate({
      target: [directoryEntries.source, directoryEntries.sourceId],
      set: { ...ON_CONFLICT_SET, lastImportedAt: now, updatedAt: now },
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

export async function insertJob(db: DbOrTx, values: JobInsert, file: Uint8Array | null): Promise<OpendataJobRow> {
  const base64 = file ? Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64') : null;
  const [row] = await db
    .insert(opendataImportJobs)
    .values({ ...values, file: base64 === null ? null : sql`decode(${base64}, 'base64')` })
    .returning(jobColumns);
  return row!;
}

export async function findJob(db: DbOrTx, id: string): Promise<OpendataJobRow | undefined> {
  const [row] = await db.select(jobColumns).from(opendataImportJobs).where(eq(opendataImportJobs.id, id)).limit(1);
  return row;
}

export async function findJobFile(db: DbOrTx, id: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ file: sql<string | null>`encode(${opendataImportJobs.file}, 'base64')` })
    .from(opendataImportJobs)
    .where(eq(opendataImportJobs.id, id))
    .limit(1);
  return row?.file ? Buffer.from(row.file, 'base64') : null;
}

export async function listJobRows(db: DbOrTx, createdBy: string | null): Promise<OpendataJobRow[]> {
  return db
    .select(jobColumns)
    .from(opendataImportJobs)
    .where(createdBy === null ? undefined : eq(opendataImportJobs.createdBy, createdBy))
    .orderBy(desc(opendataImportJobs.createdAt))
    .limit(20);
}

/** The command line's unfinished job on this very file (same path, size and date), if any: a rerun resumes it. */
export async function findUnfinishedFileJob(db: DbOrTx, values: Pick<JobInsert, 'kind' | 'filePath' | 'fileSize' | 'fileModifiedAt'>) {
  const [row] = await db
    .select(jobColumns)
    .from(opendataImportJobs)
    .where(
      and(
        eq(opendataImportJobs.kind, values.kind),
        eq(opendataImportJobs.filePath, values.filePath ?? ''),
        eq(opendataImportJobs.fileSize, values.fileSize),
        eq(opendataImportJobs.fileModifiedAt, values.fileModifiedAt ?? new Date(0)),
        inArray(opendataImportJobs.status, ['running', 'interrupted', 'failed']),
      ),
    )
    .orderBy(desc(opendataImportJobs.createdAt))
    .limit(1);
  return row;
}

/** Takes a job for one runner: one waiting, interrupted or failed, or whose runner stopped beating before `staleBefore`. */
export async function claimJob(db: DbOrTx, id: string, staleBefore: Date): Promise<OpendataJobRow | undefined> {
  const [row] = await db
    .update(opendataImportJobs)
    .set({ status: 'running', heartbeatAt: new Date(), failure: null })
    .where(
      and(
        eq(opendataImportJobs.id, id),
        or(
          inArray(opendataImportJobs.status, ['interrupted', 'failed']),
          and(
            eq(opendataImportJobs.status, 'running'),
            or(lt(opendataImportJobs.heartbeatAt, staleBefore), sql`${opendataImportJobs.heartbeatAt} is null`),
          ),
        ),
      ),
    )
    .returning(jobColumns);
  return row;
}

export type BatchProgress = {
  read: number;
  bytesRead: number;
  imported: number;
  updated: number;
  skipped: number;
  rejected: OpendataRejectedRow[];
  reportRoom: number;
};

/** In the batch's transaction; false when the job is no longer where this runner left it (taken over), and the batch must roll back. */
export async function recordProgress(db: DbOrTx, id: string, readBefore: number, batch: BatchProgress): Promise<boolean> {
  const reported = batch.rejected.slice(0, Math.max(batch.reportRoom, 0));
  const rows = await db
    .update(opendataImportJobs)
    .set({
      read: batch.read,
      bytesRead: batch.bytesRead,
      imported: sql`${opendataImportJobs.imported} + ${batch.imported}`,
      updated: sql`${opendataImportJobs.updated} + ${batch.updated}`,
      skipped: sql`${opendataImportJobs.skipped} + ${batch.skipped}`,
      rejected: sql`${opendataImportJobs.rejected} + ${batch.rejected.length}`,
      rejectedRows: sql`${opendataImportJobs.rejectedRows} || ${JSON.stringify(reported)}::jsonb`,
      heartbeatAt: new Date(),
    })
    .where(and(eq(opendataImportJobs.id, id), eq(opendataImportJobs.status, 'running'), eq(opendataImportJobs.read, readBefore)))
    .returning({ id: opendataImportJobs.id });
  return rows.length === 1;
}

/** A completed job lets its file go. */
export async function finishJob(db: DbOrTx, id: string, status: 'completed' | 'interrupted' | 'failed', failure: string | null = null) {
  const done = status === 'completed';
  await db
    .update(opendataImportJobs)
    .set({ status, failure, heartbeatAt: null, ...(done ? { finishedAt: new Date(), file: null } : {}) })
    .where(eq(opendataImportJobs.id, id));
}

export async function listMappings(db: DbOrTx) {
  return db.select().from(venueMappings).orderBy(venueMappings.name);
}

export async function findMapping(db: DbOrTx, name: string) {
  const [row] = await db.select().from(venueMappings).where(eq(venueMappings.name, name)).limit(1);
  return row;
}

export type EntryPlace = { id: string; inseeCode: string | null; qpvCode: string | null; qpvDistanceMeters: number | null };

/** Many rows' places in one statement; the rows travel as one JSON parameter. */
export async function updateEntryPlaces(tx: DbOrTx, places: EntryPlace[]): Promise<void> {
  if (places.length === 0) return;
  await tx.execute(sql`update directory_entries d
    set insee_code = p.insee_code, qpv_code = p.qpv_code, qpv_distance_meters = p.qpv_distance_meters
    from jsonb_to_recordset(${JSON.stringify(places.map((p) => ({ id: p.id, insee_code: p.inseeCode, qpv_code: p.qpvCode, qpv_distance_meters: p.qpvDistanceMeters })))}::jsonb)
      as p(id uuid, insee_code text, qpv_code text, qpv_distance_meters double precision)
    where d.id = p.id`);
}
