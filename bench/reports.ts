/**
 * Reports benchmark (not a test), issue 6: on a generated programme (10,000 partners, 30,000
 * interactions, 2,000 events, 50,000 registrations, 5,000 contributions), p50 and p95 of the
 * dashboard's figures, of the partners at risk of one structure, and of the funder PDF and XLSX
 * (service calls, as the routes make them), beside a baseline measured in the same run: one
 * aggregate over the partnerships and the registrations, the least any figure must read.
 * Aims: dashboard under 300 ms, each report under 3 s.
 *
 *   npm run bench:reports                                   embedded only
 *   BENCH_SCALE=0.1 npm run bench:reports                   a tenth of the rows
 *   BENCH_DATABASE_URL=postgres://… npm run bench:reports   PostgreSQL too
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/access/require-access.ts';
import { partnersAtRisk } from '../src/server/modules/engagement/engagement.service.ts';
import { buildReport } from '../src/server/modules/reports/report-figures.service.ts';
import { funderReportPdf, funderReportXlsx } from '../src/server/modules/reports/reports.service.ts';
import { freshPostgres } from './fresh-postgres.ts';
import { percentile } from './lib.ts';
import { loadProgramme, sizes } from './reports-data.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZE = sizes(SCALE);
type Timing = { target: string; measure: string; p50: number; p95: number; n: number; note?: string };

const round = (value: number) => Math.round(value * 10) / 10;

async function timed(target: string, measure: string, call: () => Promise<unknown>, rounds = ROUNDS): Promise<Timing> {
  await call(); // warm-up: plans and caches
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return { target, measure, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), n: times.length };
}

async function bench(target: string, database: Database): Promise<Timing[]> {
  await migrate(database);
  const loadStart = performance.now();
  await loadProgramme(database, SIZE);
  console.log(`${target}: programme generated in ${Math.round(performance.now() - loadStart)} ms`);
  const db = database.db;
  const year = new Date().getUTCFullYear();
  const query = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  const paris = (await db.execute(sql`select id from structures where code = '75'`)) as unknown as { rows: { id: string }[] };
  const parisId = paris.rows[0]!.id;
  const timings = [
    await timed(target, 'baseline: 2 aggregates', () =>
      Promise.all([
        db.execute(sql`select structure_id, stage, count(*) from partnerships group by 1, 2`),
        db.execute(sql`select structure_id, sum(headcount) from registrations where status = 'confirmed' group by 1`),
      ]),
    ),
    await timed(target, 'dashboard figures, all', () => buildReport(db, SYSTEM_ACTOR, query)),
    await timed(target, 'dashboard figures, 1 structure', () => buildReport(db, SYSTEM_ACTOR, { ...query, structureId: [parisId] })),
    await timed(target, 'partners at risk, 1 structure', () => partnersAtRisk(db, SYSTEM_ACTOR, parisId, 6)),
  ];
  let pdfBytes = 0;
  let xlsxBytes = 0;
  timings.push(
    await timed(target, 'funder PDF, all', async () => {
      pdfBytes = (await funderReportPdf(db, SYSTEM_ACTOR, query)).body.length;
    }),
    await timed(target, 'funder XLSX, all', async () => {
      xlsxBytes = (await funderReportXlsx(db, SYSTEM_ACTOR, query)).body.length;
    }),
  );
  console.log(`${target}: PDF ${Math.round(pdfBytes / 1024)} KiB, XLSX ${Math.round(xlsxBytes / 1024)} KiB`);
  return timings;
}

const timings: Timing[] = [];
const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-reports-'));
try {
  const embedded = await openDatabase({ dataDir: dir });
  try {
    timings.push(...(await bench('PGlite', embedded)));
  } finally {
    await embedded.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshPostgres(serverUrl, 'reports');
    const server = await openDatabase({ databaseUrl: fresh.url });
    try {
      timings.push(...(await bench('PostgreSQL', server)));
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

console.log(`\nscale ${SCALE}: ${JSON.stringify(SIZE)}; ${ROUNDS} rounds per figure`);
console.log('target      measure                           p50 ms   p95 ms  p50 ratio to baseline');
for (const t of timings) {
  const baseline = timings.find((b) => b.target === t.target && b.measure.startsWith('baseline'))!;
  console.log(
    `${t.target.padEnd(11)} ${t.measure.padEnd(33)} ${String(t.p50).padStart(6)} ${String(t.p95).padStart(8)}  ${(t.p50 / baseline.p50).toFixed(1)}`,
  );
}
