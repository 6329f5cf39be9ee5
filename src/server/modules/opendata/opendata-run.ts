import { OPENDATA_REPORTED_ROWS_MAX, type OpendataRejectedRow } from '../../../contracts/opendata.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { loadQpvIndex } from '../territory/geo-derivation.ts';
import type { EntryInput, ReadItem } from './directory-entry.ts';
import { placer } from './entry-geography.ts';
import {
  analyzeDirectory,
  claimJob,
  databaseInProcess,
  directoryRowEstimate,
  dropDirectoryIndexes,
  ensureDirectoryIndexes,
  finishJob,
  type OpendataJobRow,
  recordProgress,
  upsertEntries,
} from './opendata.queries.ts';
import { readRna } from './rna-reader.ts';
import { readLegalUnits, readSirene } from './sirene-reader.ts';
import { type ByteCounter, openRecords } from './text-records.ts';
import { findLiveMappingByName } from './venue-mappings.queries.ts';
import { readVenueCsv, readVenueGeoJson } from './venue-reader.ts';

/** Rows per transaction: one staged load and one merge each. */
export const OPENDATA_BATCH_SIZE = 10_000;
/** A file this large that would at least double the directory is a bulk load: indexes are built once, after it. */
export const BULK_LOAD_BYTES = 16 * 1024 * 1024;
/** Bytes of a typical row of RNA or SIRENE, to tell how many rows a file brings. */
const BYTES_PER_ROW = 300;
/** An import that changed more than this share of the directory's rows refreshes the planner's statistics (as autovacuum's default would). */
const ANALYZE_SHARE = 0.1;
/** A runner beats at each batch; one silent this long died with its process, and its job may be taken over. */
export const STALE_AFTER_MS = 2 * 60_000;

/** Where the bytes come from: a file on disk (command line) or the upload kept in the job. Each call starts over. */
export type JobSource = { main: () => AsyncIterable<Uint8Array>; units?: () => AsyncIterable<Uint8Array> };
export type RunHooks = {
  batchSize?: number;
  shouldStop?: () => boolean;
  onBatch?: (progress: { read: number; bytesRead: number }) => void;
  /** The rows are all in; the indexes a bulk load dropped are built next. */
  onRowsLoaded?: () => void;
};

class LostClaim extends Error {}

async function mappingOf(db: Db, name: string | undefined) {
  const mapping = name ? await findLiveMappingByName(db, name) : undefined;
  if (!mapping)
    throw new AppError('validation', `Correspondance de colonnes inconnue : « ${name ?? ''} ».`, {
      errors: [{ path: 'mapping', message: 'Correspondance inconnue' }],
    });
  return mapping;
}

/** The file's bytes as they come, counted for the progress bar. */
async function* counted(source: AsyncIterable<Uint8Array>, counter: ByteCounter): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    counter.bytes += chunk.byteLength;
    yield chunk;
  }
}

/** The rows of the job's file, read by the reader of its kind. A header that does not fit throws (400) on the first item. */
export async function* readItems(
  db: Db,
  job: Pick<OpendataJobRow, 'kind' | 'options'>,
  source: JobSource,
  counter: ByteCounter,
): AsyncGenerator<ReadItem> {
  const { options } = job;
  if (job.kind === 'rna') return yield* readRna(await openRecords(source.main(), counter), options);
  if (job.kind === 'sirene') {
    const units = source.units
      ? await readLegalUnits(
          () => openRecords(source.main(), { bytes: 0 }),
          () => openRecords(source.units!(), { bytes: 0 }),
          options,
        )
      : null;
    return yield* readSirene(await openRecords(source.main(), counter), options, units);
  }
  const mapping = await mappingOf(db, options.mapping);
  if (job.kind === 'csv') return yield* readVenueCsv(await openRecords(source.main(), counter), mapping, options.departement);
  return yield* readVenueGeoJson(counted(source.main(), counter), mapping, options.departement);
}

type Batch = { entries: Map<string, EntryInput>; replaced: number; skipped: number; rejected: OpendataRejectedRow[] };
const emptyBatch = (): Batch => ({ entries: new Map(), replaced: 0, skipped: 0, rejected: [] });

/** Whether the job's file is large enough, beside the directory, to build the indexes after the load rather than during it. */
async function isBulkLoad(db: Db, job: OpendataJobRow): Promise<boolean> {
  if (job.fileSize < BULK_LOAD_BYTES) return false;
  return job.fileSize / BYTES_PER_ROW >= (await directoryRowEstimate(db));
}

/**
 * Imports the job's rows after those already committed, a batch per transaction holding the rows
 * and the job's progress, so that a crash leaves whole batches and a count that matches them.
 * The file is read again from its start on resume (parsing is cheap); the rows already done are passed over.
 * A bulk load drops the directory's secondary indexes first and builds them at the end, also when
 * it stops or fails; after a crash, the resumed job builds them.
 */
export async function runJob(db: Db, claimed: OpendataJobRow, source: JobSource, hooks: RunHooks = {}): Promise<OpendataJobRow['status']> {
  const size = hooks.batchSize ?? OPENDATA_BATCH_SIZE;
  const counter: ByteCounter = { bytes: 0 };
  let committed = claimed.read;
  let reported = claimed.rejectedRows.length;
  let index = 0;
  let batch = emptyBatch();
  let changed = 0;
  const place = placer(await loadQpvIndex(db));
  const commit = async () => {
    const entries = [...batch.entries.values()].map(place);
    await db.transaction(async (tx) => {
      const { inserted, updated } = await upsertEntries(tx, entries, new Date());
      changed += inserted + updated;
      const progress = {
        read: index,
        bytesRead: counter.bytes,
        imported: inserted,
        updated: updated + batch.replaced,
        skipped: batch.skipped,
        rejected: batch.rejected,
        reportRoom: OPENDATA_REPORTED_ROWS_MAX - reported,
      };
      if (!(await recordProgress(tx, claimed.id, committed, progress))) throw new LostClaim();
    });
    reported += batch.rejected.length;
    committed = index;
    batch = emptyBatch();
    hooks.onBatch?.({ read: index, bytesRead: counter.bytes });
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    if (await isBulkLoad(db, claimed)) await dropDirectoryIndexes(db);
    for await (const item of readItems(db, claimed, source, counter)) {
      index += 1;
      if (index <= claimed.read) continue;
      if ('entry' in item) {
        if (batch.entries.has(item.entry.sourceId)) batch.replaced += 1;
        batch.entries.set(item.entry.sourceId, item.entry);
      } else if ('skipped' in item) batch.skipped += 1;
      else batch.rejected.push({ line: item.line, reason: item.reason });
      if (index - committed >= size) {
        await commit();
        if (hooks.shouldStop?.()) {
          await ensureDirectoryIndexes(db);
          await finishJob(db, claimed.id, 'interrupted');
          return 'interrupted';
        }
      }
    }
    if (index > committed || index === 0) await commit();
    hooks.onRowsLoaded?.();
    await ensureDirectoryIndexes(db);
    if (changed > ANALYZE_SHARE * (await directoryRowEstimate(db))) await analyzeDirectory(db);
    await finishJob(db, claimed.id, 'completed');
    return 'completed';
  } catch (error) {
    if (error instanceof LostClaim) return 'running';
    // A failed bulk load still leaves the directory searchable; if even that fails, resuming the job builds them.
    await ensureDirectoryIndexes(db).catch(() => {});
    const detail =
      error instanceof AppError
        ? error.message
        : 'L’import s’est arrêté sur une erreur inattendue ; relancez-le pour reprendre où il en était.';
    await finishJob(db, claimed.id, 'failed', detail);
    throw error;
  }
}

/**
 * How long a silent runner may still be alive. On a server database, another node may hold the job;
 * the embedded database belongs to this one process, whose runner refuses the jobs it runs itself:
 * any other job left running died with the last process.
 */
export const staleAfterMs = (db: Db): number => (databaseInProcess(db) ? 0 : STALE_AFTER_MS);

/** Takes the job for this runner: refused (409) while another runner holds it. */
export async function claim(db: Db, id: string): Promise<OpendataJobRow> {
  const claimed = await claimJob(db, id, new Date(Date.now() - staleAfterMs(db)));
  if (!claimed) throw new AppError('conflict', 'Cet import est déjà en cours.');
  return claimed;
}

/** Claims the job, then runs it. */
export async function claimAndRun(db: Db, id: string, source: JobSource, hooks: RunHooks = {}) {
  return runJob(db, await claim(db, id), source, hooks);
}
