import { type ImportSettings, importSettingsSchema, REPORTED_ROWS_MAX, type RejectedRow } from '../../../contracts/imports.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { applyContactImportBatch } from '../contacts/contact-import.service.ts';
import type { PlannerOptions } from '../organisations/organisation-import.planner.ts';
import { applyOrganisationImportBatch } from '../organisations/organisation-import.service.ts';
import { requireUsableMapping } from './column-mapping.ts';
import { candidatesOf, contactCandidatesOf, plannerOptionsOf } from './import-batches.ts';
import { type BatchProgress, claimImportJob, finishImportJob, type ImportJobRow, recordBatchProgress } from './imports.queries.ts';
import { BATCH_SIZE, loadVisibleJob, readJobTable, toImportJobDto } from './imports.service.ts';
import type { TabularRow } from './tabular-file.ts';

/** A runner beats at each batch; one silent this long has died with its node, and its job may be taken over. */
export const STALE_AFTER_MS = 2 * 60_000;

/** Another runner owns the job now: this one's batch is rolled back and it stops without a word. */
class LostClaim extends Error {}

export type RunOptions = { batchSize?: number; maxBatches?: number; shouldStop?: () => boolean };
type Run = { job: ImportJobRow; rows: TabularRow[]; settings: ImportSettings };

const sameSettings = (a: ImportSettings | null, b: ImportSettings) => JSON.stringify(a) === JSON.stringify(b);

/** The settings of this run: those given, else the last dry run's, else the suggested mapping. */
function settingsFor(job: ImportJobRow, input: Partial<ImportSettings>): ImportSettings {
  return importSettingsSchema.parse({ ...(job.settings ?? { mapping: job.preview.suggestedMapping }), ...input });
}

/**
 * Checks everything a run needs, then claims the job. A job that already committed batches
 * resumes after them, with the settings it started with: changing them halfway would mix two imports.
 */
export async function startImportRun(db: Db, actor: Actor, id: string, input: Partial<ImportSettings>): Promise<Run> {
  const job = await loadVisibleJob(db, actor, id);
  if (job.status === 'completed')
    throw new AppError('conflict', 'Cet import est terminé : déposez le fichier à nouveau pour l’importer encore.');
  const settings = settingsFor(job, input);
  if (job.processedRows > 0 && Object.keys(input).length > 0 && !sameSettings(job.settings, settings)) {
    throw new AppError('conflict', 'Cet import a commencé avec d’autres réglages : relancez-le sans les changer pour le reprendre.');
  }
  const table = await readJobTable(db, job);
  requireUsableMapping(job.kind, settings.mapping, table.headers);
  const claimed = await claimImportJob(db, id, settings, new Date(Date.now() - STALE_AFTER_MS));
  if (!claimed) throw new AppError('conflict', 'Cet import est déjà en cours.');
  return { job: claimed, rows: table.rows, settings };
}

/**
 * Imports the remaining rows, one transaction per batch holding the rows, their audit and the
 * job's progress, so a stop between batches leaves whole batches and a progress that matches
 * them. It yields to the event loop between batches: the embedded database runs in this thread.
 */
export async function runImportBatches(db: Db, actor: Actor, run: Run, options: RunOptions = {}): Promise<void> {
  const { job, rows, settings } = run;
  const size = options.batchSize ?? BATCH_SIZE;
  const planner = plannerOptionsOf(job, settings);
  let reported = job.rejectedRows.length;
  let batches = 0;
  try {
    for (let start = job.processedRows; start < rows.length; start += size) {
      if (options.shouldStop?.() || batches === options.maxBatches) return await finishImportJob(db, job.id, 'interrupted');
      await db.transaction(async (tx) => {
        const { outcomes, rejectedRows } = await applyBatch(tx, actor, run, rows.slice(start, start + size), planner);
        const progress = progressOf(outcomes, rejectedRows, Math.min(start + size, rows.length), REPORTED_ROWS_MAX - reported);
        if (!(await recordBatchProgress(tx, job.id, start, progress))) throw new LostClaim();
        reported += progress.rejectedRows.length;
      });
      batches += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await finishImportJob(db, job.id, 'completed');
  } catch (error) {
    if (error instanceof LostClaim) return;
    await finishImportJob(
      db,
      job.id,
      'failed',
      'L’import s’est arrêté sur une erreur inattendue ; relancez-le pour reprendre où il en était.',
    );
    throw error;
  }
}

/** One batch of the job's kind, written in the caller's transaction. */
async function applyBatch(tx: DbOrTx, actor: Actor, run: Run, rows: TabularRow[], planner: PlannerOptions) {
  if (run.job.kind === 'contacts') {
    const { candidates, rejectedRows } = contactCandidatesOf(rows, run.settings);
    return { outcomes: await applyContactImportBatch(tx, actor, candidates), rejectedRows };
  }
  const { candidates, rejectedRows } = candidatesOf(rows, run.settings);
  return { outcomes: await applyOrganisationImportBatch(tx, actor, planner, candidates), rejectedRows };
}

type Outcome = { line: number; action: 'create' | 'update' | 'unchanged' | 'skip' } | { line: number; action: 'reject'; reasons: string[] };

function progressOf(outcomes: Outcome[], rejectedRows: RejectedRow[], processedRows: number, room: number): BatchProgress {
  const count = (action: Outcome['action']) => outcomes.filter((o) => o.action === action).length;
  const rejected = [...rejectedRows, ...outcomes.flatMap((o) => (o.action === 'reject' ? [{ line: o.line, reasons: o.reasons }] : []))];
  rejected.sort((a, b) => a.line - b.line);
  return {
    processedRows,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: rejected.length,
    rejectedRows: rejected.slice(0, Math.max(room, 0)),
  };
}

/**
 * Runs imports in the background of this node and stops them cleanly when the server closes:
 * the batch under way commits, the job is marked interrupted and `run` resumes it. What it queued
 * for the duplicates review is compared by the pair worker (merges/pair-worker.ts).
 */
export function createImportRunner(db: Db, log: { error: (obj: object, msg: string) => void }) {
  const running = new Map<string, Promise<void>>();
  let stopping = false;
  return {
    async start(actor: Actor, id: string, input: Partial<ImportSettings>) {
      if (stopping) throw new AppError('unavailable', 'Le serveur s’arrête : relancez l’import dans un instant.');
      const run = await startImportRun(db, actor, id, input);
      const work = runImportBatches(db, actor, run, { shouldStop: () => stopping })
        .catch((error) => log.error({ err: error, importId: id }, 'import failed'))
        .finally(() => running.delete(id));
      running.set(id, work);
      return toImportJobDto(run.job);
    },
    async stop() {
      stopping = true;
      await Promise.allSettled(running.values());
    },
  };
}
export type ImportRunner = ReturnType<typeof createImportRunner>;
