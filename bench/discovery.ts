/**
 * Discovery benchmark (not a test), issue 4: generates a waldec file of 1,000,000 associations
 * (UTF-8 BOM, every field quoted, one `objet` in ten on two lines) in /tmp, then on the embedded
 * database (and on PostgreSQL when DATABASE_URL is set):
 *   - parse only: the RNA reader over the file, rows per second (the baseline of the import);
 *   - a raw COPY of the same parsed rows into directory_entries, by chunks rolled back;
 *   - the import as the command line runs it (streamed; batches staged then merged; a bulk load builds
 *     the search indexes once at the end, included in the time), with its phases;
 *   - the peak resident memory of the process during the import (PGlite lives in it);
 *   - p50 and p95 of 200 discovery searches over the million candidates, beside a read by id.
 * Aims: import ≥ 20,000 rows/s embedded, peak memory < 1.5 GB, discovery p95 < 100 ms embedded, < 30 ms on PostgreSQL.
 *
 *   npm run bench:discovery
 *   BENCH_ROWS=100000 npm run bench:discovery            a tenth, for a quick run
 *   BENCH_DATABASE_URL=postgres://… npm run bench:discovery    PostgreSQL too (a fresh database is created, then dropped)
 */
import { chmodSync, createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type DiscoverySearchQuery, discoverySearchQuery } from '../src/contracts/discovery.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { structures } from '../src/server/db/schema/index.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/access/require-access.ts';
import { searchDiscovery } from '../src/server/modules/discovery/discovery.service.ts';
import type { EntryInput } from '../src/server/modules/opendata/directory-entry.ts';
import { insertJob } from '../src/server/modules/opendata/opendata.queries.ts';
import { claimAndRun, type JobSource, readItems } from '../src/server/modules/opendata/opendata-run.ts';
import { COPY_COLUMNS, entriesCopyCsv, random, SEARCH_TERRITORIES, SEARCH_WORDS, writeWaldecFile } from './discovery-data.ts';
import { freshPostgres } from './fresh-postgres.ts';
import { percentile } from './lib.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SEARCHES = 200;
const COPY_CHUNK = 100_000;

const ms = (start: number) => performance.now() - start;
/** CPU milliseconds of this process (PGlite runs in it): less swayed than the wall clock by the other engineers' load. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const round = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Samples the resident memory while `work` runs; answers its peak. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

const fileSource = (path: string): JobSource => ({ main: () => createReadStream(path, { highWaterMark: 256 * 1024 }) });

/** Reads the file through the RNA reader and hands the parsed entries over by chunks. */
async function parse(database: Database, path: string, onChunk?: (entries: EntryInput[]) => Promise<void>): Promise<number> {
  let chunk: EntryInput[] = [];
  let entries = 0;
  for await (const item of readItems(database.db, { kind: 'rna', options: {} }, fileSource(path), { bytes: 0 })) {
    if (!('entry' in item)) continue;
    entries += 1;
    if (!onChunk) continue;
    chunk.push(item.entry);
    if (chunk.length === COPY_CHUNK) {
      await onChunk(chunk);
      chunk = [];
    }
  }
  if (onChunk && chunk.length) await onChunk(chunk);
  return entries;
}

type Copier = { kind: string; copyRolledBack: (csv: string) => Promise<void> };
const COPY_SQL = (from: string) => `COPY directory_entries (${COPY_COLUMNS.join(', ')}) FROM '${from}' WITH (FORMAT csv)`;

function pgliteCopier(database: Database): Copier {
  const client = database.pglite!;
  return {
    kind: 'COPY FROM /dev/blob',
    copyRolledBack: (csv) =>
      client
        .transaction(async (tx) => {
          await tx.query(COPY_SQL('/dev/blob'), [], { blob: new Blob([csv]) });
          throw new Error('rollback');
        })
        .catch((error: Error) => {
          if (error.message !== 'rollback') throw error;
        }),
  };
}

/** The server reads the file itself (superuser on a local server): the fastest load PostgreSQL has. */
function postgresCopier(database: Database, dir: string): Copier {
  return {
    kind: 'COPY FROM server file',
    async copyRolledBack(csv) {
      const file = join(dir, `copy-${Date.now()}.csv`);
      writeFileSync(file, csv);
      chmodSync(dir, 0o755);
      chmodSync(file, 0o644);
      const client = await database.pool!.connect();
      try {
        await client.query('begin');
        await client.query(COPY_SQL(file));
      } finally {
        await client.query('rollback');
        client.release();
        rmSync(file, { force: true });
      }
    },
  };
}

/** 200 searches as people make them: keywords, filters, radius, QPV, and none at all. */
function searches(structureId: string): DiscoverySearchQuery[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: SEARCHES }, (_, i) => {
    const query: Record<string, string> = { structureId };
    if (i % 4 !== 3) query.q = pick(SEARCH_WORDS);
    if (i % 5 === 1) query.sector = 'social';
    if (i % 3 === 0) query.territory = pick(SEARCH_TERRITORIES);
    if (i % 7 === 2) query.near = '48.8716,2.3849,2';
    if (i % 11 === 5) query.qpv = 'near';
    return discoverySearchQuery.parse(query);
  });
}

async function timed(calls: (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number }> {
  for (const call of calls.slice(0, 10)) await call(); // warm-up: plans and caches
  const times: number[] = [];
  for (const call of calls) {
    const start = performance.now();
    await call();
    times.push(ms(start));
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

type Figures = {
  target: string;
  entries: number;
  parseMs: number;
  copyMs: number;
  copyKind: string;
  importMs: number;
  cpu: { parseMs: number; copyMs: number; importMs: number };
  /** Of the import: reading, staging and merging the rows; then building the indexes. */
  rowsMs: number;
  indexesMs: number;
  peakRssMb: number;
  search: { p50: number; p95: number };
  byId: { p50: number; p95: number };
};

async function bench(target: string, database: Database, copier: Copier, path: string): Promise<Figures> {
  await migrate(database);
  const parseStart = performance.now();
  const parseCpuStart = cpuMs();
  const entries = await parse(database, path);
  const parseMs = ms(parseStart);
  const parseCpuMs = cpuMs() - parseCpuStart;

  let copyMs = 0;
  let copyCpuMs = 0;
  await parse(database, path, async (chunk) => {
    const csv = entriesCopyCsv(chunk);
    const start = performance.now();
    const cpuStart = cpuMs();
    await copier.copyRolledBack(csv);
    copyMs += ms(start);
    copyCpuMs += cpuMs() - cpuStart;
  });

  const importStart = performance.now();
  const importCpuStart = cpuMs();
  let rowsMs = 0;
  const { peak } = await peakRss(async () => {
    const fileSize = statSync(path).size;
    const job = await insertJob(database.db, { kind: 'rna', options: {}, fileName: 'bench.csv', fileSize, createdBy: null }, null);
    const status = await claimAndRun(database.db, job.id, fileSource(path), { onRowsLoaded: () => (rowsMs = ms(importStart)) });
    if (status !== 'completed') throw new Error(`import ended ${status}`);
  });
  const importMs = ms(importStart);
  const importCpuMs = cpuMs() - importCpuStart;
  const indexesMs = importMs - rowsMs;
  // The import analyzes the directory itself. PostgreSQL's autovacuum then vacuums the fresh rows
  // (a bulk insert triggers it), reading and writing them all: done here before timing the searches,
  // as the CRM bench does. The embedded database has no autovacuum: nothing to wait for there.
  if (database.pool) await database.db.execute(sql`vacuum directory_entries`);

  const [structure] = await database.db
    .insert(structures)
    .values({ code: 'BENCH', name: 'Structure du banc', kind: 'local', departement: '75', postcode: '75020', city: 'Paris' })
    .returning();
  const queries = searches(structure!.id);
  const search = await timed(queries.map((query) => () => searchDiscovery(database.db, SYSTEM_ACTOR, query)));
  const ids = (await database.db.execute(sql`select id from directory_entries limit ${SEARCHES}`)) as unknown as { rows: { id: string }[] };
  const byId = await timed(
    ids.rows.map(
      ({ id }) =>
        () =>
          database.db.execute(sql`select * from directory_entries where id = ${id} and deleted_at is null`),
    ),
  );
  return {
    target,
    entries,
    parseMs,
    copyMs,
    copyKind: copier.kind,
    importMs,
    cpu: { parseMs: parseCpuMs, copyMs: copyCpuMs, importMs: importCpuMs },
    rowsMs,
    indexesMs,
    peakRssMb: mb(peak),
    search,
    byId,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-discovery-'));
const path = join(dir, 'rna_waldec_bench.csv');
const figures: Figures[] = [];
try {
  const writeStart = performance.now();
  const bytes = await writeWaldecFile(path, ROWS);
  console.log(`generated ${ROWS} waldec rows (${mb(bytes)} MB) in ${Math.round(ms(writeStart))} ms: ${path}`);
  const embedded = await openDatabase({ dataDir: join(dir, 'pglite') });
  try {
    figures.push(await bench('PGlite', embedded, pgliteCopier(embedded), path));
  } finally {
    await embedded.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshPostgres(serverUrl, 'discovery');
    const server = await openDatabase({ databaseUrl: fresh.url });
    try {
      figures.push(await bench('PostgreSQL', server, postgresCopier(server, dir), path));
    } finally {
      await server.close();
      await fresh.drop();
    }
  } else {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rate = (rows: number, elapsed: number) => Math.round(rows / (elapsed / 1000));
console.log('\ntarget      entries   parse rows/s   COPY rows/s  import rows/s  import/COPY  import/parse  peak RSS MB  (COPY kind)');
for (const f of figures) {
  console.log(
    `${f.target.padEnd(11)} ${String(f.entries).padEnd(9)} ${String(rate(f.entries, f.parseMs)).padStart(12)} ${String(rate(f.entries, f.copyMs)).padStart(13)} ${String(rate(f.entries, f.importMs)).padStart(14)} ${(f.importMs / f.copyMs).toFixed(2).padStart(12)} ${(f.importMs / f.parseMs).toFixed(2).padStart(13)} ${String(f.peakRssMb).padStart(12)}  (${f.copyKind})`,
  );
}
console.log(
  '\nrows per CPU second of this process (PostgreSQL works in its own processes: its COPY and import figures here are the client side only)',
);
console.log('target      parse rows/s   COPY rows/s  import rows/s');
for (const f of figures) {
  console.log(
    `${f.target.padEnd(11)} ${String(rate(f.entries, f.cpu.parseMs)).padStart(12)} ${String(rate(f.entries, f.cpu.copyMs)).padStart(13)} ${String(rate(f.entries, f.cpu.importMs)).padStart(14)}`,
  );
}
console.log('\ntarget      phase                             seconds');
for (const f of figures) {
  const phases: [string, number][] = [
    ['parse only', f.parseMs],
    [`raw COPY (${f.copyKind})`, f.copyMs],
    ['import: rows read, staged, merged', f.rowsMs],
    ['import: search indexes built', f.indexesMs],
    ['import: end to end', f.importMs],
  ];
  for (const [phase, elapsed] of phases)
    console.log(`${f.target.padEnd(11)} ${phase.padEnd(33)} ${(elapsed / 1000).toFixed(1).padStart(7)}`);
}
console.log(`\ntarget      measure                           p50 ms   p95 ms  p95 ratio to baseline`);
for (const f of figures) {
  console.log(
    `${f.target.padEnd(11)} ${'baseline: entry by id'.padEnd(33)} ${String(f.byId.p50).padStart(6)} ${String(f.byId.p95).padStart(8)}  1.0`,
  );
  console.log(
    `${f.target.padEnd(11)} ${`discovery search (${SEARCHES} queries)`.padEnd(33)} ${String(f.search.p50).padStart(6)} ${String(f.search.p95).padStart(8)}  ${(f.search.p95 / f.byId.p95).toFixed(1)}`,
  );
}
console.log(
  `\nload average while measuring (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on a machine shared with others`,
);
