/**
 * API benchmark (not a test): requests per second and latency of an authenticated
 * GET /api/v1/me and of /healthz, on the embedded database and on PostgreSQL side by side,
 * and the cold start time to the first 200 on /healthz. The baseline is /healthz in the same
 * run (one `select 1`): the ratio shows what a session and its memberships cost, with the
 * actor cache (the default) and without it (MAILLAGE_ACTOR_CACHE_MS=0).
 *
 *   npm run bench:api                                   embedded only
 *   BENCH_DATABASE_URL=postgres://… npm run bench:api   both
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { exited, signInOver, startServer } from '../tests/helpers/server-process.ts';
import { freshPostgres } from './fresh-postgres.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ADMIN = { MAILLAGE_ADMIN_EMAIL: 'bench@maillage.localhost', MAILLAGE_ADMIN_PASSWORD: 'banc-d-essai-2027', MAILLAGE_DEMO: '0' };

type Row = { target: string; path: string; rps: number; p50: number; p99: number };

async function load(url: string, cookie?: string): Promise<{ rps: number; p50: number; p99: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: cookie ? { cookie } : {} });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99 };
}

async function coldStart(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const server = await startServer(env);
  const elapsed = performance.now() - started;
  server.process.kill('SIGTERM');
  await exited(server.process);
  return Math.round(elapsed);
}

async function measure(target: string, env: Record<string, string>): Promise<Row[]> {
  const server = await startServer(env);
  try {
    const cookie = await signInOver(server.url, ADMIN.MAILLAGE_ADMIN_EMAIL, ADMIN.MAILLAGE_ADMIN_PASSWORD);
    await load(`${server.url}/api/v1/me`, cookie); // warm-up
    const health = await load(`${server.url}/healthz`);
    const me = await load(`${server.url}/api/v1/me`, cookie);
    return [
      { target, path: env.MAILLAGE_ACTOR_CACHE_MS === '0' ? '/healthz (bis)' : '/healthz', ...health },
      { target, path: env.MAILLAGE_ACTOR_CACHE_MS === '0' ? '/me uncached' : '/api/v1/me', ...me },
    ];
  } finally {
    server.process.kill('SIGTERM');
    await exited(server.process);
  }
}

const rows: Row[] = [];
const drops: (() => Promise<void>)[] = [];
const starts: string[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
try {
  const embedded = { ...ADMIN, MAILLAGE_DATA_DIR: dataDir };
  starts.push(`cold start, empty data dir: ${await coldStart(embedded)} ms`);
  starts.push(`cold start, existing data dir: ${await coldStart(embedded)} ms`);
  rows.push(...(await measure('PGlite', embedded)));
  rows.push(...(await measure('PGlite', { ...embedded, MAILLAGE_ACTOR_CACHE_MS: '0' })));
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshPostgres(serverUrl, 'api');
    drops.push(fresh.drop);
    const onServer = { ...ADMIN, DATABASE_URL: fresh.url, MAILLAGE_DATA_DIR: dataDir, MAILLAGE_SECRET: 'x'.repeat(40) };
    starts.push(`cold start on PostgreSQL, empty database: ${await coldStart(onServer)} ms`);
    rows.push(...(await measure('PostgreSQL', onServer)));
    rows.push(...(await measure('PostgreSQL', { ...onServer, MAILLAGE_ACTOR_CACHE_MS: '0' })));
  } else {
    starts.push('PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  for (const drop of drops) await drop();
}

console.log(`\n${DURATION} s per figure, ${CONNECTIONS} connections`);
console.log('target      path            req/s   p50 ms  p99 ms  ratio to /healthz');
for (const row of rows) {
  const baseline = rows.find((r) => r.target === row.target && r.path === '/healthz')!;
  console.log(
    `${row.target.padEnd(11)} ${row.path.padEnd(14)} ${String(row.rps).padStart(6)}  ${String(row.p50).padStart(6)}  ${String(row.p99).padStart(6)}  ${(row.rps / baseline.rps).toFixed(2)}`,
  );
}
for (const line of starts) console.log(line);
