/**
 * Public agenda benchmark (not a test): with BENCH_EVENTS public events (2,000 by default, one or
 * two slots each), requests per second and latency of the agenda's JSON page, an event page (with
 * its server-rendered JSON-LD), the iCal feed and the RSS feed, beside /healthz (one `select 1`)
 * measured in the same run as the baseline. The feeds are rendered once and cached 60 s per node:
 * the first request after a write is timed apart ("cold"). Then BENCH_REGISTRATIONS concurrent
 * public registrations for one slot of 50 seats: the time to decide them all, and the check that
 * exactly 50 are confirmed.
 *
 *   npm run bench:agenda
 *   BENCH_DATABASE_URL=postgres://… npm run bench:agenda   adds PostgreSQL
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { exited, type RunningServer, signInOver, startServer } from '../tests/helpers/server-process.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 1000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ADMIN = { MAILLAGE_ADMIN_EMAIL: 'bench@maillage.localhost', MAILLAGE_ADMIN_PASSWORD: 'banc-d-essai-2027', MAILLAGE_DEMO: '0' };
const LIMITS = { MAILLAGE_REGISTRATION_LIMIT: String(REGISTRATIONS * 10) };
const DAY = 86_400_000;

type Figure = { target: string; what: string; rps: number; p50: number; p97: number; p99: number; ratio: number };

async function load(url: string): Promise<Omit<Figure, 'target' | 'what' | 'ratio'>> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p97: result.latency.p97_5, p99: result.latency.p99 };
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Math.round(performance.now() - started);
}

/** The coordination's own structure, and BENCH_EVENTS confirmed events spread over the coming year. */
async function seed(server: RunningServer): Promise<{ eventId: string; post: (path: string, body: unknown) => Promise<Response> }> {
  const cookie = await signInOver(server.url, ADMIN.MAILLAGE_ADMIN_EMAIL, ADMIN.MAILLAGE_ADMIN_PASSWORD);
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { cookie, origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const structures = await (await fetch(`${server.url}/api/v1/structures`, { headers: { cookie } })).json();
  const structureId = structures.items[0].id as string;
  const formats = ['debate', 'workshop', 'urban_walk', 'screening', 'science_cafe', 'guided_tour'];
  let eventId = '';
  for (let start = 0; start < EVENTS; start += 16) {
    const batch = Array.from({ length: Math.min(16, EVENTS - start) }, (_, k) => {
      const i = start + k;
      const first = Date.now() + (1 + (i % 360)) * DAY;
      const slots = [{ startsAt: new Date(first).toISOString(), endsAt: new Date(first + 2 * 3600_000).toISOString(), capacity: 30 }];
      if (i % 2)
        slots.push({
          startsAt: new Date(first + 7 * DAY).toISOString(),
          endsAt: new Date(first + 7 * DAY + 7200_000).toISOString(),
          capacity: 30,
        });
      return post('/api/v1/events', {
        structureId,
        title: `Rendez-vous ${i} : mobilités du quotidien`,
        description: 'Atelier, débat et balade autour de l’exposition, pour toutes et tous.',
        format: formats[i % formats.length],
        status: 'confirmed',
        registrationMode: 'internal',
        publics: ['general'],
        slots,
      });
    });
    for (const response of await Promise.all(batch)) {
      if (response.status !== 201) throw new Error(`seed: ${response.status} ${await response.text()}`);
      eventId ||= (await response.json()).id;
    }
  }
  return { eventId, post };
}

async function measure(target: string, env: Record<string, string>): Promise<{ figures: Figure[]; notes: string[] }> {
  const server = await startServer({ ...ADMIN, ...LIMITS, ...env });
  try {
    const seeded = performance.now();
    const { eventId, post } = await seed(server);
    const notes = [`${target}: ${EVENTS} events created through the API in ${Math.round((performance.now() - seeded) / 1000)} s`];
    const health = await load(`${server.url}/healthz`);
    const figure = (what: string, f: Omit<Figure, 'target' | 'what' | 'ratio'>): Figure => ({
      target,
      what,
      ...f,
      ratio: Math.round((f.rps / health.rps) * 100) / 100,
    });
    const figures = [figure('/healthz (baseline)', health)];
    notes.push(`${target}: first /agenda.ics after the writes (cold, renders every event): ${await timed(`${server.url}/agenda.ics`)} ms`);
    notes.push(`${target}: first /agenda.rss (cold): ${await timed(`${server.url}/agenda.rss`)} ms`);
    figures.push(figure('/agenda.ics (cached)', await load(`${server.url}/agenda.ics`)));
    figures.push(figure('/agenda.rss (cached)', await load(`${server.url}/agenda.rss`)));
    figures.push(figure('/api/v1/public/events (page 1)', await load(`${server.url}/api/v1/public/events`)));
    figures.push(figure('/api/v1/public/events?q=balade', await load(`${server.url}/api/v1/public/events?q=balade`)));
    figures.push(figure('/agenda/evenements/:id (JSON-LD)', await load(`${server.url}/agenda/evenements/${eventId}`)));
    notes.push(await registrationRun(target, server, post));
    return { figures, notes };
  } finally {
    server.process.kill('SIGTERM');
    await exited(server.process);
  }
}

/** REGISTRATIONS people at once for one slot of 50 seats: every decision is taken under the slot's lock. */
async function registrationRun(target: string, server: RunningServer, post: (path: string, body: unknown) => Promise<Response>) {
  const structures = await (await fetch(`${server.url}/api/v1/public/events?pageSize=1`)).json();
  const eventId = structures.items[0].id as string;
  const startsAt = Date.now() + 400 * DAY;
  const slotCreated = await post(`/api/v1/events/${eventId}/slots`, {
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 7200_000).toISOString(),
    capacity: 50,
  });
  if (slotCreated.status !== 201) throw new Error(`slot: ${slotCreated.status} ${await slotCreated.text()}`);
  const slot = (await slotCreated.json()).slots.find((s: { startsAt: string }) => Date.parse(s.startsAt) === startsAt);
  // BENCH_CONCURRENCY requests in flight at every moment until all are sent (a thousand sockets at once time out on a loaded machine).
  const register = (i: number) =>
    fetch(`${server.url}/api/v1/public/slots/${slot.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Personne ${i}`, email: `personne.${i}@banc.localhost`, headcount: 1, consent: true }),
    }).then(async (r) => (r.ok ? ((await r.json()).status as string) : `http ${r.status}`));
  const statuses: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REGISTRATIONS) statuses.push(await register(next++));
    }),
  );
  const ms = Math.round(performance.now() - started);
  const confirmed = statuses.filter((s) => s === 'confirmed').length;
  const waiting = statuses.filter((s) => s === 'waitlisted').length;
  if (confirmed !== 50 || waiting !== REGISTRATIONS - 50) throw new Error(`contention: ${confirmed} confirmed, ${waiting} waiting`);
  return `${target}: ${REGISTRATIONS} registrations (${CONCURRENCY} in flight) for 50 seats decided in ${ms} ms (${Math.round((REGISTRATIONS / ms) * 1000)}/s), exactly ${confirmed} confirmed and ${waiting} waiting`;
}

async function freshPostgres(serverUrl: string): Promise<string> {
  const name = `maillage_bench_agenda_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
}

const dataDir = mkdtempSync(join(tmpdir(), 'maillage-bench-agenda-'));
const figures: Figure[] = [];
const notes: string[] = [];
try {
  const embedded = await measure('PGlite', { MAILLAGE_DATA_DIR: dataDir });
  figures.push(...embedded.figures);
  notes.push(...embedded.notes);
  if (process.env.BENCH_DATABASE_URL) {
    const url = await freshPostgres(process.env.BENCH_DATABASE_URL);
    const onServer = await measure('PostgreSQL', { DATABASE_URL: url, MAILLAGE_DATA_DIR: dataDir, MAILLAGE_SECRET: 'x'.repeat(40) });
    figures.push(...onServer.figures);
    notes.push(...onServer.notes);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\n${CONNECTIONS} connections, ${DURATION} s per figure, ${EVENTS} events\n`);
console.log('| database | path | req/s | p50 ms | p97.5 ms | p99 ms | ratio to /healthz |');
console.log('|---|---|---|---|---|---|---|');
for (const f of figures) console.log(`| ${f.target} | \`${f.what}\` | ${f.rps} | ${f.p50} | ${f.p97} | ${f.p99} | ${f.ratio.toFixed(2)} |`);
console.log('');
for (const note of notes) console.log(`- ${note}`);
