import { randomUUID } from 'node:crypto';
import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import type { OpendataRejectedRow } from '../../../contracts/opendata.ts';
import type { DbOrTx } from '../../db/client.ts';
import { directoryEntries, opendataImportJobs } from '../../db/schema/index.ts';
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

/** What a batch loads, in staging order: the id, the key, then the refreshed fields. */
const LOADED = ['source', 'sourceId', ...REFRESHED] as const;
const columnOf = (field: (typeof LOADED)[number]) => directoryEntries[field].name;
/** Staging holds text; the merge casts what is not (a reader without theme codes gives none). */
const LOADED_AS: Partial<Record<(typeof LOADED)[number], string>> = {
  themeCodes: `coalesce(theme_codes::text[], '{}')`,
  latitude: 'latitude::float8',
  longitude: 'longitude::float8',
  qpvDistanceMeters: 'qpv_distance_meters::float8',
  sourceDate: 'source_date::date',
};

const STAGING_COLUMNS = ['id', ...LOADED.map(columnOf)].join(', ');
const CREATE_STAGING = `create temp table if not exists directory_load (id text, ${LOADED.map((f) => `${columnOf(f)} text`).join(', ')})`;
const MERGE = `with merged as (
  insert into directory_entries (${STAGING_COLUMNS}, first_imported_at, last_imported_at)
  select id::uuid, ${LOADED.map((f) => LOADED_AS[f] ?? columnOf(f)).join(', ')}, $1::timestamptz, $1::timestamptz
  from directory_load
  on conflict (source, source_id) do update set
    ${REFRESHED.map((f) => `${columnOf(f)} = case when '${f}' = any(directory_entries.edited_fields) then directory_entries.${columnOf(f)} else excluded.${columnOf(f)} end`).join(',\n    ')},
    last_imported_at = $1::timestamptz, updated_at = $1::timestamptz
  returning (xmax = 0) as inserted)
select (count(*) filter (where inserted))::int as inserted, count(*)::int as total from merged`;

/** A staged cell as text: arrays as array literals. */
function stagedText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  return String(value);
}

const stagedRow = (entry: EntryInput): (string | null)[] => [randomUUID(), ...LOADED.map((f) => stagedText(entry[f]))];

/** COPY's text format: tab between cells, \N for null, backslash escapes. */
const copyCell = (value: string | null) =>
  value === null ? '\\N' : /[\\\n\r\t]/.test(value) ? value.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!) : value;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

type SqlClient = { query: (text: string, params?: unknown[], options?: { blob?: Blob }) => Promise<unknown> };
/** The driver's own client under a drizzle transaction; the embedded one alone has `exec`. */
const clientOf = (tx: DbOrTx) => (tx as unknown as { session: { client: SqlClient & { exec?: unknown } } }).session.client;

/** Whether the database runs in this very process (embedded): then no other process can be using it. */
export const databaseInProcess = (db: DbOrTx): boolean => Boolean(clientOf(db).exec);

/**
 * Loads the batch into a session-local staging table: COPY from a blob on the embedded database,
 * one array per column (unnest) on PostgreSQL, where the driver has no COPY.
 */
async function stage(client: SqlClient & { exec?: unknown }, rows: (string | null)[][]) {
  await client.query(CREATE_STAGING);
  await client.query('truncate directory_load');
  if (client.exec) {
    const text = `${rows.map((row) => row.map(copyCell).join('\t')).join('\n')}\n`;
    await client.query(`copy directory_load (${STAGING_COLUMNS}) from '/dev/blob'`, [], { blob: new Blob([text]) });
    return;
  }
  const columns = rows[0]!.map((_, i) => rows.map((row) => row[i]));
  await client.query(`insert into directory_load select * from unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})`, columns);
}

/**
 * Inserts or refreshes a batch (sources' keys unique within it): staged, then merged in one
 * statement that keeps what users edited; says how many rows were new.
 */
export async function upsertEntries(db: DbOrTx, entries: EntryInput[], now: Date): Promise<{ inserted: number; updated: number }> {
  if (entries.length === 0) return { inserted: 0, updated: 0 };
  return db.transaction(async (tx) => {
    const client = clientOf(tx);
    await stage(client, entries.map(stagedRow));
    const result = (await client.query(MERGE, [now.toISOString()])) as { rows: { inserted: number; total: number }[] };
    const { inserted, total } = result.rows[0]!;
    return { inserted, updated: total - inserted };
  });
}

/**
 * The directory's secondary indexes (migrations 0010, 0013 and 0018), dropped for a bulk load and built
 * again in one pass after it: cheaper than updating them row by row. The primary key and the
 * source key stay (the merge needs the latter).
 */
const SECONDARY_INDEXES: Record<string, string> = {
  directory_entries_search_idx: 'using gin ("search")',
  directory_entries_position_idx: 'using gist (point("longitude" * 0.658, "latitude")) where "deleted_at" is null',
  directory_entries_qpv_idx:
    'using btree ("qpv_distance_meters") where "deleted_at" is null and ("qpv_code" is not null or "qpv_distance_meters" <= 1000)',
  directory_entries_insee_idx: 'using btree ("insee_code")',
  directory_entries_sector_idx: 'using btree ("sector")',
  directory_entries_organisation_idx: 'using btree ("organisation_id")',
};
/** Memory for building an index (the default, 64 MB, spills a million-row GIN index to disk). */
const INDEX_BUILD_MEMORY = '256MB';

export async function dropDirectoryIndexes(db: DbOrTx): Promise<void> {
  await db.execute(
    sql.raw(
      `drop index if exists ${Object.keys(SECONDARY_INDEXES)
        .map((name) => `"${name}"`)
        .join(', ')}`,
    ),
  );
}

/** Builds those missing, each in its own transaction; a no-op when all stand. */
export async function ensureDirectoryIndexes(db: DbOrTx): Promise<void> {
  for (const [name, definition] of Object.entries(SECONDARY_INDEXES)) {
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`));
      await tx.execute(sql.raw(`create index if not exists "${name}" on "directory_entries" ${definition}`));
    });
  }
}

/**
 * Fresh statistics for the planner after an import that changed much of the directory: discovery's
 * plans depend on them, and the embedded database has no autovacuum to take them (a few seconds at
 * a million rows: it samples).
 */
export async function analyzeDirectory(db: DbOrTx): Promise<void> {
  await db.execute(sql`analyze directory_entries`);
}

/** The planner's estimate of the directory's rows: free, unlike count(*). */
export async function directoryRowEstimate(db: DbOrTx): Promise<number> {
  const result = await db.execute(
    sql`select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'directory_entries'::regclass`,
  );
  return Number((result as unknown as { rows: { rows: number }[] }).rows[0]?.rows ?? 0);
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
