import type { FastifyRequest } from 'fastify';
import { OPENDATA_UPLOAD_MAX_BYTES, type OpendataKind, type OpendataOptions } from '../../../contracts/opendata.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { findJob, findJobFile, insertJob, listJobRows, type OpendataJobRow } from './opendata.queries.ts';
import { claim, type JobSource, readItems, runJob } from './opendata-run.ts';
import { requireUsableMapping } from './venue-mappings.service.ts';

const WHAT = 'L’import';
const CHUNK = 256 * 1024;

export function toJobDto(row: OpendataJobRow) {
  const { createdAt, finishedAt, heartbeatAt: _h, filePath: _p, fileModifiedAt: _m, secondFilePath: _s, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), finishedAt: finishedAt?.toISOString() ?? null };
}

/** Hands bytes over by chunks, as a file would be read. */
export async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.byteLength; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
}

/** Reads the header and the first row: a file of another kind than said is refused (400) before any job exists. */
export async function probeFile(db: Db, kind: OpendataKind, options: OpendataOptions, source: JobSource): Promise<void> {
  const items = readItems(db, { kind, options }, source, { bytes: 0 });
  await items.next();
  await items.return(undefined);
}

async function readOpendataUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Uint8Array }> {
  const part = await request.file();
  if (part?.fieldname !== 'file') {
    throw new AppError('validation', 'Joignez le fichier dans le champ « file ».', {
      errors: [{ path: 'file', message: 'Fichier manquant' }],
    });
  }
  try {
    return { fileName: part.filename || 'donnees.csv', bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(
        'payload_too_large',
        `Le fichier dépasse ${OPENDATA_UPLOAD_MAX_BYTES / 1024 / 1024} Mo : importez-le en ligne de commande (npm run maillage -- import).`,
      );
    }
    throw error;
  }
}

/** What callers need of the runner: `start` answers once the job is claimed; its `done` settles when the run ends. */
export type OpendataRunner = Pick<ReturnType<typeof createOpendataRunner>, 'start'>;

/** Checks access and the file, keeps the file in the job (any node can resume it) and starts the run in the background. */
export async function uploadOpendata(
  db: Db,
  actor: Actor,
  runner: OpendataRunner,
  kind: OpendataKind,
  options: OpendataOptions,
  request: FastifyRequest,
) {
  requireAccess(actor, 'directory:write');
  if (options.mapping) await requireUsableMapping(db, actor, options.mapping);
  const { fileName, bytes } = await readOpendataUpload(request);
  if (bytes.byteLength === 0)
    throw new AppError('validation', 'Le fichier est vide.', { errors: [{ path: 'file', message: 'Fichier vide' }] });
  const source = { main: () => chunksOf(bytes) };
  await probeFile(db, kind, options, source);
  const job = await insertJob(
    db,
    { kind, options, createdBy: actor.userId || null, fileName: fileName.slice(0, 200), fileSize: bytes.byteLength },
    bytes,
  );
  const { job: claimed } = await runner.start(job.id, source);
  return toJobDto(claimed);
}

/** Jobs are seen by whoever started them and by the coordination; to anyone else they do not exist. */
async function loadVisibleJob(db: Db, actor: Actor, id: string): Promise<OpendataJobRow> {
  requireAccess(actor, 'directory:write');
  const job = await findJob(db, id);
  if (!job || (job.createdBy !== actor.userId && !actor.isCoordinator)) throw notFound(WHAT);
  return job;
}

export async function getOpendataJob(db: Db, actor: Actor, id: string) {
  return toJobDto(await loadVisibleJob(db, actor, id));
}

export async function listOpendataJobs(db: Db, actor: Actor) {
  requireAccess(actor, 'directory:write');
  return { items: (await listJobRows(db, actor.isCoordinator ? null : actor.userId)).map(toJobDto) };
}

/** Resumes an upload's job after its last committed batch (a job the command line ran resumes from the command line). */
export async function resumeOpendataJob(db: Db, actor: Actor, runner: OpendataRunner, id: string) {
  const job = await loadVisibleJob(db, actor, id);
  if (job.status === 'completed')
    throw new AppError('conflict', 'Cet import est terminé : déposez le fichier à nouveau pour l’importer encore.');
  const bytes = await findJobFile(db, id);
  if (!bytes) throw new AppError('conflict', 'Cet import a été lancé en ligne de commande : relancez la même commande pour le reprendre.');
  const { job: claimed } = await runner.start(id, { main: () => chunksOf(bytes) });
  return toJobDto(claimed);
}

/** Runs uploads' jobs in the background of this node; on close, the batch under way commits and the job waits as interrupted. */
export function createOpendataRunner(db: Db, log: { error: (obj: object, msg: string) => void }) {
  const running = new Map<string, Promise<unknown>>();
  let stopping = false;
  return {
    /**
     * Claims the job (409 while a runner holds it, here or on another node), then runs it in the
     * background: answers the claimed job at once, and `done`, settled when the run ends.
     */
    async start(id: string, source: JobSource): Promise<{ job: OpendataJobRow; done: Promise<unknown> }> {
      if (stopping) throw new AppError('unavailable', 'Le serveur s’arrête : relancez l’import dans un instant.');
      if (running.has(id)) throw new AppError('conflict', 'Cet import est déjà en cours.');
      // Held from now: a second start of the same job in this process is refused while the claim is under way.
      const claimed = claim(db, id);
      running.set(
        id,
        claimed.catch(() => undefined),
      );
      let job: OpendataJobRow;
      try {
        job = await claimed;
      } catch (error) {
        running.delete(id);
        throw error;
      }
      const done = runJob(db, job, source, { shouldStop: () => stopping })
        .catch((error) => {
          if (!(error instanceof AppError)) log.error({ err: error, importId: id }, 'open-data import failed');
        })
        .finally(() => running.delete(id));
      running.set(id, done);
      return { job, done };
    },
    isStopping: () => stopping,
    async stop() {
      stopping = true;
      await Promise.allSettled(running.values());
    },
  };
}
