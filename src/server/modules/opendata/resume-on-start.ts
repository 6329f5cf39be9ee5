import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { opendataImportJobs } from '../../db/schema/index.ts';
import { findJobFile } from './opendata.queries.ts';
import { chunksOf, type OpendataRunner } from './opendata.service.ts';
import { staleAfterMs } from './opendata-run.ts';

/** Uploads' jobs left "running" by a process that died: their file is in the job, so any node can take them over. */
async function runningUploadJobs(db: Db) {
  return db
    .select({ id: opendataImportJobs.id, heartbeatAt: opendataImportJobs.heartbeatAt })
    .from(opendataImportJobs)
    .where(and(eq(opendataImportJobs.status, 'running'), isNotNull(opendataImportJobs.file)))
    .orderBy(asc(opendataImportJobs.createdAt));
}

/**
 * On start, resumes the uploads a crash left running, one at a time, in the background. On a server
 * database, a job whose runner beat less than STALE_AFTER_MS ago may still be alive on another node:
 * it is waited for until stale, then claimed (the claim refuses it if its runner beat meanwhile). On
 * the embedded database it is taken at once (`staleAfterMs`).
 */
export async function resumeInterruptedUploads(db: Db, runner: OpendataRunner, isStopping: () => boolean, now = Date.now) {
  const staleAfter = staleAfterMs(db);
  for (const job of await runningUploadJobs(db)) {
    const wait = job.heartbeatAt ? job.heartbeatAt.getTime() + staleAfter - now() : 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 1_000).unref());
    if (isStopping()) return;
    const bytes = await findJobFile(db, job.id);
    if (!bytes) continue;
    await runner
      .start(job.id, { main: () => chunksOf(bytes) })
      .then(({ done }) => done)
      .catch(() => undefined);
  }
}
