import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type OpendataKind, type OpendataOptions, opendataOptionsSchema } from '../../contracts/opendata.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { backfillDirectoryGeography } from '../modules/opendata/directory-geography.service.ts';
import { findJob, findUnfinishedFileJob, insertJob } from '../modules/opendata/opendata.queries.ts';
import { probeFile } from '../modules/opendata/opendata.service.ts';
import { claimAndRun, type JobSource } from '../modules/opendata/opendata-run.ts';
import { CliUsageError, type ParsedArgs, rejectUnknownFlags } from './parse-args.ts';

const KINDS = ['rna', 'sirene', 'qpv', 'csv'];
const list = (value: string | undefined) => value?.split(',').map((v) => v.trim());
const out = (text: string) => process.stdout.write(`${text}\n`);
const number = (n: number) => n.toLocaleString('fr-FR');

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

function optionsOf(args: ParsedArgs): OpendataOptions {
  const parsed = opendataOptionsSchema.safeParse({
    departement: args.flags.get('departement'),
    mapping: args.flags.get('mapping'),
    positions: list(args.flags.get('positions')),
    naf: list(args.flags.get('naf')),
  });
  if (!parsed.success) throw new CliUsageError(parsed.error.issues.map((i) => `--${String(i.path[0])} : ${i.message}`).join('\n'));
  return parsed.data;
}

async function fileFacts(path: string) {
  try {
    const facts = await stat(path);
    if (!facts.isFile()) throw new Error('not a file');
    return facts;
  } catch {
    throw new CliUsageError(`Fichier introuvable : ${path}`);
  }
}

/**
 * `import rna|sirene|csv FILE`: streams the file into the directory of candidates by batches,
 * printing progress; a rerun on the same unchanged file resumes after the last committed batch.
 * `import qpv FILE` loads the priority neighbourhoods, then places the candidates again.
 */
export async function importCommand(args: ParsedArgs): Promise<number> {
  const [what, path, extra] = args.positional;
  if (!what || !KINDS.includes(what) || !path || extra)
    throw new CliUsageError(`Utilisation : import ${KINDS.join('|')} FICHIER [options]`);
  rejectUnknownFlags(args, what === 'qpv' ? [] : ['departement', 'mapping', 'unites-legales', 'positions', 'naf']);
  const facts = await fileFacts(path);
  if (what === 'qpv') return importQpv(path);
  const kind: OpendataKind = what === 'csv' && /\.(geo)?json$/i.test(path) ? 'geojson' : (what as OpendataKind);
  const options = optionsOf(args);
  if ((kind === 'csv' || kind === 'geojson') && !options.mapping)
    throw new CliUsageError('Un fichier csv se lit avec une correspondance : --mapping NOM.');
  const unitsPath = args.flags.get('unites-legales');
  if (unitsPath && kind !== 'sirene') throw new CliUsageError('--unites-legales accompagne un import sirene.');
  if (unitsPath) await fileFacts(unitsPath);
  const source: JobSource = {
    main: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
    ...(unitsPath ? { units: () => createReadStream(unitsPath, { highWaterMark: 256 * 1024 }) } : {}),
  };
  return withDatabase(async ({ db }) => {
    const identity = { kind, filePath: path, fileSize: facts.size, fileModifiedAt: facts.mtime };
    let job = await findUnfinishedFileJob(db, identity);
    if (job && JSON.stringify(job.options) !== JSON.stringify(options)) job = undefined;
    if (job) out(`Reprise de l’import après ${number(job.read)} lignes déjà enregistrées.`);
    else {
      await probeFile(db, kind, options, source);
      job = await insertJob(db, { ...identity, options, fileName: path.split('/').pop() ?? path, secondFilePath: unitsPath ?? null }, null);
    }
    let stopping = false;
    const stop = () => {
      stopping = true;
      out('Arrêt demandé : le lot en cours s’enregistre, relancez la même commande pour reprendre.');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const status = await claimAndRun(db, job.id, source, {
      shouldStop: () => stopping,
      onBatch: ({ read, bytesRead }) =>
        out(`… ${number(read)} lignes lues (${Math.min(100, Math.round((bytesRead / Math.max(facts.size, 1)) * 100))} %)`),
    });
    const done = (await findJob(db, job.id))!;
    out(
      `${status === 'completed' ? 'Import terminé' : 'Import interrompu'} : ${number(done.read)} lignes lues, ${number(done.imported)} importées, ${number(done.updated)} mises à jour, ${number(done.skipped)} écartées par les filtres, ${number(done.rejected)} rejetées.`,
    );
    for (const row of done.rejectedRows.slice(0, 50)) out(`  ligne ${row.line} : ${row.reason}`);
    if (done.rejected > 50) out(`  … et ${number(done.rejected - 50)} autres lignes rejetées.`);
    return status === 'completed' ? 0 : 1;
  });
}

async function importQpv(path: string): Promise<number> {
  const { importQpvGeoJson } = await import('../modules/territory/qpv-import.ts');
  return withDatabase(async ({ db }) => {
    const result = await importQpvGeoJson(db, path);
    const placed = await backfillDirectoryGeography(db);
    out(
      `QPV : ${number(result.read)} lus, ${number(result.imported)} importés, ${number(result.updated)} mis à jour, ${number(result.rejected.length)} rejetés ; ${number(placed)} candidats replacés.`,
    );
    for (const row of result.rejected.slice(0, 50)) out(`  objet ${row.feature} : ${row.reason}`);
    return 0;
  });
}
