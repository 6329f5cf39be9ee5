/**
 * CRM benchmark (not a test), issue 3: on a generated directory of 100,000 organisations and
 * 200,000 contacts, p50 and p95 of the search box and of filtered list pages (service calls, as
 * the routes make them) and of the first page of duplicate pairs, beside a primary-key read
 * measured in the same run as the baseline;
 * then the import of a 100,000-row CSV in rows per second, beside a raw COPY of the same rows
 * into the same table (rolled back), whose ratio is the import's overhead. Aims: search p95
 * under 150 ms embedded and 50 ms on PostgreSQL; import within 3x of COPY.
 *
 *   node bench/crm.ts                                   embedded only
 *   BENCH_SCALE=0.1 node bench/crm.ts                   a tenth of the rows, for a quick run
 *   BENCH_PAIRS=0 node bench/crm.ts                     without the duplicate comparison of the whole directory
 *   BENCH_DATABASE_URL=postgres://… node bench/crm.ts   PostgreSQL too
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { OrganisationListQuery } from '../src/contracts/organisations.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { contacts as contactsTable, organisations as organisationsTable } from '../src/server/db/schema/index.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/access/require-access.ts';
import { listContacts } from '../src/server/modules/contacts/contacts.service.ts';
import { runImportBatches, startImportRun } from '../src/server/modules/imports/import-run.service.ts';
import { uploadImport } from '../src/server/modules/imports/imports.service.ts';
import { refreshPairs } from '../src/server/modules/merges/duplicates.queries.ts';
import { listOrganisationPairs } from '../src/server/modules/merges/duplicates.service.ts';
import { getOrganisation, listOrganisations } from '../src/server/modules/organisations/organisations.service.ts';
import { searchDirectory } from '../src/server/modules/search/search.service.ts';
import { COPY_COLUMNS, contacts, contactsCopyCsv, copyCsv, organisations, SEARCHES, userCsv } from './crm-data.ts';
import { freshPostgres } from './fresh-postgres.ts';
import { percentile } from './lib.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ORGANISATIONS = Math.round(100_000 * SCALE);
const CONTACTS = Math.round(200_000 * SCALE);
const IMPORT_ROWS = Math.round(100_000 * SCALE);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
/** BENCH_PAIRS=0 leaves out comparing the whole loaded directory for duplicates (minutes at 100,000) and the pairs page. */
const PAIRS = process.env.BENCH_PAIRS !== '0';

type Timing = { target: string; measure: string; p50: number; p95: number; n: number };
type ImportFigure = { target: string; rows: number; importMs: number; copyMs: number; copyKind: string; maxLoopDelayMs: number };

const ms = (start: number) => performance.now() - start;
const round = (value: number) => Math.round(value * 10) / 10;

async function timed(target: string, measure: string, calls: (() => Promise<unknown>)[]): Promise<Timing> {
  for (const call of calls) await call(); // warm-up: plans and caches
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const call of calls) {
      const start = performance.now();
      await call();
      times.push(ms(start));
    }
  }
  return { target, measure, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), n: times.length };
}

/** A raw COPY of CSV text into a table: from a blob on PGlite, from a server-side file on PostgreSQL. */
type Copier = { kind: string; copy: (table: string, columns: string, csv: string, rollback: boolean) => Promise<void> };

function pgliteCopier(database: Database): Copier {
  const client = database.pglite!;
  return {
    kind: 'COPY FROM /dev/blob',
    async copy(table, columns, csv, rollback) {
      const statement = `COPY ${table} (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`;
      if (!rollback) return void (await client.query(statement, [], { blob: new Blob([csv]) }));
      await client
        .transaction(async (tx) => {
          await tx.query(statement, [], { blob: new Blob([csv]) });
          throw new Error('rollback');
        })
        .catch((error: Error) => {
          if (error.message !== 'rollback') throw error;
        });
    },
  };
}

/** The server reads the file itself (superuser on a local server); that is the fastest load PostgreSQL has. */
function postgresCopier(database: Database, dir: string): Copier {
  return {
    kind: 'COPY FROM server file',
    async copy(table, columns, csv, rollback) {
      const file = join(dir, `${table}-${Date.now()}.csv`);
      writeFileSync(file, csv);
      chmodSync(dir, 0o755);
      chmodSync(file, 0o644);
      const client = await database.pool!.connect();
      try {
        await client.query('begin');
        await client.query(`COPY ${table} (${columns}) FROM '${file}' WITH (FORMAT csv)`);
        await client.query(rollback ? 'rollback' : 'commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
        rmSync(file, { force: true });
      }
    },
  };
}

async function loadDirectory(database: Database, copier: Copier): Promise<number> {
  const start = performance.now();
  const orgs = organisations(ORGANISATIONS, 1, 42);
  for (let i = 0; i < orgs.length; i += 50_000) {
    await copier.copy('organisations', COPY_COLUMNS, copyCsv(orgs.slice(i, i + 50_000), 'bench'), false);
  }
  const people = contacts(CONTACTS, 7);
  for (let i = 0; i < people.length; i += 50_000) {
    await copier.copy('contacts', 'first_name, last_name, emails', contactsCopyCsv(people.slice(i, i + 50_000)), false);
  }
  // Settled as a directory is once autovacuum has passed: statistics and the visibility map made now,
  // not by autovacuum in the middle of the timed reads.
  await database.db.execute(sql`vacuum analyze`);
  return ms(start);
}

/** Compares every queued organisation (the whole directory after the load), as list requests would chunk by chunk. */
async function compareAllOrganisations(database: Database): Promise<number> {
  const start = performance.now();
  while ((await database.db.transaction((tx) => refreshPairs(tx, 'organisation', 2_000))) > 0);
  return ms(start);
}

async function measureReads(target: string, database: Database, notes: string[]): Promise<Timing[]> {
  const db = database.db;
  const ids = (await db.select({ id: organisationsTable.id }).from(organisationsTable).limit(50)).map((r) => r.id);
  const page = (query: Partial<OrganisationListQuery>) => () => listOrganisations(db, SYSTEM_ACTOR, { page: 1, pageSize: 25, ...query });
  await db.select({ id: contactsTable.id }).from(contactsTable).limit(1);
  return [
    await timed(
      target,
      'baseline: organisation by id',
      ids.slice(0, SEARCHES.length).map((id) => () => getOrganisation(db, SYSTEM_ACTOR, id)),
    ),
    await timed(
      target,
      'search (10 queries, 2 typos)',
      SEARCHES.map((q) => () => searchDirectory(db, SYSTEM_ACTOR, { q, limit: 20 })),
    ),
    await timed(target, 'filtered list page', [
      page({ sector: 'cultural', postcode: '75011', sort: 'name' }),
      page({ tag: 'jeunesse', sort: '-updatedAt' }),
      page({ sector: 'social', sort: 'name', page: 40 }),
      page({ q: 'bibliotheque', sort: 'name' }),
      () => listContacts(db, SYSTEM_ACTOR, { page: 1, pageSize: 25, q: 'martin', sort: 'lastName' }),
    ]),
    ...(PAIRS ? [await duplicatePairsPage(target, database, notes)] : []),
  ];
}

/** The review page's first page, once the load has been compared. */
async function duplicatePairsPage(target: string, database: Database, notes: string[]): Promise<Timing> {
  const compareMs = await compareAllOrganisations(database);
  const [pairs] = await database.db
    .execute(sql`select count(*)::int as n from duplicate_pairs where kind = 'organisation'`)
    .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
  notes.push(`${target}: comparing the ${ORGANISATIONS} loaded organisations once took ${Math.round(compareMs)} ms (${pairs?.n} pairs)`);
  const page = (n: number) => () => listOrganisationPairs(database.db, SYSTEM_ACTOR, { page: n, pageSize: 25 });
  return timed(target, 'duplicate pairs, first page', [page(1), page(1), page(1)]);
}

async function measureImport(target: string, database: Database, copier: Copier): Promise<ImportFigure> {
  const rows = organisations(IMPORT_ROWS, 10_000_000, 99);
  const copyStart = performance.now();
  await copier.copy('organisations', COPY_COLUMNS, copyCsv(rows, 'import:bench.csv'), true);
  const copyMs = ms(copyStart);
  const bytes = Buffer.from(userCsv(rows));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const start = performance.now();
  const job = await uploadImport(database.db, SYSTEM_ACTOR, async () => ({ fileName: 'bench.csv', bytes }));
  const run = await startImportRun(database.db, SYSTEM_ACTOR, job.id, {});
  await runImportBatches(database.db, SYSTEM_ACTOR, run);
  const importMs = ms(start);
  loop.disable();
  const [done] = await database.db
    .execute(sql`select status, created, rejected from import_jobs where id = ${job.id}`)
    .then((r) => (r as unknown as { rows: { status: string; created: number; rejected: number }[] }).rows);
  if (done?.status !== 'completed' || done.created !== IMPORT_ROWS) throw new Error(`import ended ${JSON.stringify(done)}`);
  return { target, rows: IMPORT_ROWS, importMs, copyMs, copyKind: copier.kind, maxLoopDelayMs: round(loop.max / 1e6) };
}

async function bench(target: string, database: Database, copier: Copier, timings: Timing[], imports: ImportFigure[], notes: string[]) {
  await migrate(database);
  notes.push(
    `${target}: ${ORGANISATIONS} organisations and ${CONTACTS} contacts loaded in ${Math.round(await loadDirectory(database, copier))} ms`,
  );
  timings.push(...(await measureReads(target, database, notes)));
  imports.push(await measureImport(target, database, copier));
}

const timings: Timing[] = [];
const imports: ImportFigure[] = [];
const notes: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-crm-'));
try {
  const embedded = await openDatabase({ dataDir: dir });
  try {
    await bench('PGlite', embedded, pgliteCopier(embedded), timings, imports, notes);
  } finally {
    await embedded.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshPostgres(serverUrl, 'crm');
    const server = await openDatabase({ databaseUrl: fresh.url });
    try {
      await bench('PostgreSQL', server, postgresCopier(server, dir), timings, imports, notes);
    } finally {
      await server.close();
      await fresh.drop();
    }
  } else {
    notes.push('PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nscale ${SCALE}: ${ORGANISATIONS} organisations, ${CONTACTS} contacts; ${ROUNDS} rounds per figure`);
console.log('target      measure                         calls   p50 ms   p95 ms  p95 ratio to baseline');
for (const t of timings) {
  const baseline = timings.find((b) => b.target === t.target && b.measure.startsWith('baseline'))!;
  console.log(
    `${t.target.padEnd(11)} ${t.measure.padEnd(31)} ${String(t.n).padStart(5)} ${String(t.p50).padStart(8)} ${String(t.p95).padStart(8)}  ${(t.p95 / baseline.p95).toFixed(1)}`,
  );
}
console.log('\ntarget      rows     import ms   rows/s    COPY ms  ratio  max event-loop delay ms  (COPY kind)');
for (const i of imports) {
  const rate = Math.round(i.rows / (i.importMs / 1000));
  console.log(
    `${i.target.padEnd(11)} ${String(i.rows).padEnd(8)} ${String(Math.round(i.importMs)).padStart(9)} ${String(rate).padStart(8)} ${String(Math.round(i.copyMs)).padStart(10)} ${(i.importMs / i.copyMs).toFixed(1).padStart(6)}  ${String(i.maxLoopDelayMs).padStart(23)}  (${i.copyKind})`,
  );
}
for (const note of notes) console.log(note);
