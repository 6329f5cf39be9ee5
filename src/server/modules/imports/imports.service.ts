import { type ImportKind, type ImportReading, PREVIEW_ROWS } from '../../../contracts/imports.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { suggestMapping } from './column-mapping.ts';
import {
  findImportFile,
  findImportJob,
  type ImportJobRow,
  insertImportJob,
  listImportJobRows,
  saveImportReading,
} from './imports.queries.ts';
import { readTabular, type Tabular } from './tabular-file.ts';

const WHAT = 'L’import';
export const BATCH_SIZE = 1_000;

export function toImportJobDto(row: ImportJobRow) {
  const { format, encoding, separator, preview, heartbeatAt: _beat, createdAt, startedAt, finishedAt, ...rest } = row;
  return {
    ...rest,
    preview: { format, encoding, separator, ...preview },
    createdAt: createdAt.toISOString(),
    startedAt: startedAt?.toISOString() ?? null,
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

/** Checks access before reading the upload, then reads the whole file: a broken one is refused with its line, and nothing is stored. */
const previewOf = (kind: ImportKind, table: Tabular) => ({
  headers: table.headers,
  rows: table.rows.slice(0, PREVIEW_ROWS),
  suggestedMapping: suggestMapping(kind, table.headers),
});

/** `kind`: what the file's rows are, organisations or contacts. */
export async function uploadImport(
  db: Db,
  actor: Actor,
  readUpload: () => Promise<{ fileName: string; bytes: Uint8Array }>,
  kind: ImportKind = 'organisations',
) {
  requireAccess(actor, 'directory:write');
  const upload = await readUpload();
  const table = await readTabular(upload.bytes, upload.fileName);
  const row = await insertImportJob(
    db,
    {
      kind,
      createdBy: actor.userId || null,
      fileName: upload.fileName.slice(0, 200),
      fileSize: upload.bytes.byteLength,
      format: table.format,
      encoding: table.encoding,
      separator: table.separator,
      preview: previewOf(kind, table),
      totalRows: table.rows.length,
    },
    upload.bytes,
  );
  return toImportJobDto(row);
}

/** Jobs are seen by whoever uploaded them and by the coordination; to anyone else they do not exist. */
export async function loadVisibleJob(db: DbOrTx, actor: Actor, id: string): Promise<ImportJobRow> {
  requireAccess(actor, 'directory:write');
  const job = await findImportJob(db, id);
  if (!job || (job.createdBy !== actor.userId && !actor.isCoordinator)) throw notFound(WHAT);
  return job;
}

export async function getImport(db: Db, actor: Actor, id: string) {
  return toImportJobDto(await loadVisibleJob(db, actor, id));
}

export async function listImports(db: Db, actor: Actor) {
  requireAccess(actor, 'directory:write');
  const rows = await listImportJobRows(db, actor.isCoordinator ? null : actor.userId);
  return { items: rows.map(toImportJobDto) };
}

/** The job's file, read as its preview was: with the encoding and separator detected or chosen. */
export async function readJobTable(db: DbOrTx, job: ImportJobRow, reading: ImportReading | null = readingOf(job)): Promise<Tabular> {
  const bytes = job.status === 'completed' ? null : await findImportFile(db, job.id);
  if (!bytes) throw new AppError('conflict', 'Cet import est terminé : déposez le fichier à nouveau pour l’importer encore.');
  return readTabular(bytes, job.fileName, reading ?? {});
}

const readingOf = (job: ImportJobRow): ImportReading | null =>
  job.encoding && job.separator ? { encoding: job.encoding, separator: job.separator } : null;

/**
 * Reads a CSV file again with another encoding or separator, before its import starts; the
 * preview, the row count and the suggested mapping follow, and the last dry run's settings go.
 */
export async function changeImportReading(db: Db, actor: Actor, id: string, reading: ImportReading) {
  const job = await loadVisibleJob(db, actor, id);
  requireIdle(job);
  if (job.format !== 'csv') {
    throw new AppError('validation', 'Un classeur XLSX n’a ni encodage ni séparateur à choisir.', {
      errors: [{ path: 'body', message: 'Réservé aux fichiers CSV' }],
    });
  }
  if (job.processedRows > 0) throw startedAlready();
  const table = await readJobTable(db, job, reading);
  const row = await saveImportReading(db, id, { ...reading, preview: previewOf(job.kind, table), totalRows: table.rows.length });
  if (!row) throw startedAlready();
  return toImportJobDto(row);
}

const startedAlready = () =>
  new AppError('conflict', 'Cet import a déjà commencé : reprenez-le tel quel, ou déposez le fichier à nouveau pour le lire autrement.');

export function requireIdle(job: ImportJobRow): void {
  if (job.status === 'running')
    throw new AppError('conflict', 'Cet import est en cours : attendez la fin, ou reprenez-le s’il s’est arrêté.');
  if (job.status === 'completed')
    throw new AppError('conflict', 'Cet import est terminé : déposez le fichier à nouveau pour l’importer encore.');
}
