/**
 * Public agenda benchmark (not a test): with BENCH_EVENTS public events (2,000 by default, one or
 * two slots each), requests per second and latency of the agenda's JSON page, an event page (with
 * its server-rendered JSON-LD), the iCal feed and the RSS feed, beside /healthz (one `select 1`)
 * measured in the same run as the baseline. Every public answer is rendered once into bytes (and
 * gzip) and kept 60 s per node (feed-cache.ts): the first request after a write is timed apart
 * ("cold"), the bodies' sizes are printed, and the cache is checked to survive a write that does not
 * touch the agenda (a sign-in). Then BENCH_REGISTRATIONS concurrent public registrations for one slot
 * of 50 seats: the time to decide them all, each one's latency, and the check that exactly 50 are
 * confirmed.
 *
 *   npm run bench:agenda
 *   BENCH_DATABASE_URL=postgres://… npm run bench:agenda   adds PostgreSQL
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { exited, type RunningServer, signInOver, startServer } from '../tests/helpers/server-process.ts';
import { bareServer } from './bare-server.ts';
import { freshPostgres } from './fresh-postgres.ts';
import { describeMs, ratioTo, summarize } from './lib.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 1000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ADMIN = { MAILLAGE_ADMIN_EMAIL: 'bench@maillage.localhost', MAILLAGE_ADMIN_PASSWORD: 'banc-d-essai-2027', MAILLAGE_DEMO: '0' };
const LIMITS = { MAILLAGE_REGISTRATION_LIMIT: String(REGISTRATIONS * 10) };
const DAY = 86_400_000;

type Figure = { target: string; what: string; rps: number; p50: number; p97: number; p99: number; ratio: number };

const GZIP = { 'accept-encoding': 'gzip' };

/** 2xx answers, or 304 for the revalidation figures; anything else stops the bench. */
async function load(url: string, headers: Record<string, string> = {}): Promise<Omit<Figure, 'target' | 'what' | 'ratio'>> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  const refused = result['4xx'] + result['5xx'] + result.errors;
  if (refused > 0) throw new Error(`${url}: ${result['4xx']} 4xx, ${result['5xx']} 5xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p97: result.latency.p97_5, p99: result.latency.p99 };
}

/** One request: its time, the body's size on the wire (fetch would unzip: node:http does not), its ETag. */
function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; bytes: number; etag: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        else resolve({ ms: Math.round(performance.now() - started), bytes, etag: String(response.headers.etag) });
      });
    }).on('error', reject);
  });
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

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
      ratio: ratioTo(f.rps, health.rps),
    });
    const figures = [figure('/healthz (baseline)', health)];
    const cold = (path: string) => timed(`${server.url}${path}`);
    for (const path of ['/agenda.ics', '/agenda.rss', '/api/v1/public/events', `/agenda/evenements/${eventId}`]) {
      const first = await cold(path);
      const again = await cold(path);
      const zipped = await timed(`${server.url}${path}`, GZIP);
      notes.push(
        `${target}: ${path} first after the writes (renders) ${first.ms} ms, then ${again.ms} ms from the cache; ${kib(first.bytes)}, gzip ${kib(zipped.bytes)}`,
      );
    }
    // A write that cannot change the agenda (a sign-in) must leave the cached feed in place: the same ETag, no new render.
    const before = await cold('/agenda.ics');
    await signInOver(server.url, ADMIN.MAILLAGE_ADMIN_EMAIL, ADMIN.MAILLAGE_ADMIN_PASSWORD);
    const after = await cold('/agenda.ics');
    if (after.etag !== before.etag) throw new Error('the feed cache was dropped by a sign-in');
    notes.push(`${target}: /agenda.ics right after a sign-in: ${after.ms} ms, same ETag (the cache survives writes outside the agenda)`);
    const ics = await cold('/agenda.ics');
    figures.push(figure('/agenda.ics', await load(`${server.url}/agenda.ics`)));
    figures.push(figure('/agenda.ics (gzip)', await load(`${server.url}/agenda.ics`, GZIP)));
    // The same bytes from a bare node:http server: how many such bodies the load generator itself takes per second here.
    const feed = Buffer.from(await (await fetch(`${server.url}/agenda.ics`)).arrayBuffer());
    for (const [what, bytes, extra] of [
      ['/agenda.ics bytes, bare node:http (client ceiling)', feed, {}],
      ['/agenda.ics gzip bytes, bare node:http (client ceiling)', gzipSync(feed), { 'content-encoding': 'gzip' }],
    ] as const) {
      const bare = await bareServer(bytes, { 'content-type': 'text/calendar; charset=utf-8', ...extra }, dataDir);
      figures.push(figure(what, await load(bare.url)));
      bare.stop();
    }
    figures.push(figure('/agenda.ics (If-None-Match: 304)', await load(`${server.url}/agenda.ics`, { 'if-none-match': ics.etag })));
    figures.push(figure('/agenda.rss (gzip)', await load(`${server.url}/agenda.rss`, GZIP)));
    figures.push(figure('/api/v1/public/events (page 1)', await load(`${server.url}/api/v1/public/events`)));
    figures.push(figure('/api/v1/public/events (page 1, gzip)', await load(`${server.url}/api/v1/public/events`, GZIP)));
    figures.push(figure('/api/v1/public/events?q=balade', await load(`${server.url}/api/v1/public/events?q=balade`)));
    figures.push(figure('/api/v1/public/events/:id', await load(`${server.url}/api/v1/public/events/${eventId}`)));
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
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REGISTRATIONS) {
        const sent = performance.now();
        statuses.push(await register(next++));
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const ms = Math.round(performance.now() - started);
  const confirmed = statuses.filter((s) => s === 'confirmed').length;
  const waiting = statuses.filter((s) => s === 'waitlisted').length;
  if (confirmed !== 50 || waiting !== REGISTRATIONS - 50) throw new Error(`contention: ${confirmed} confirmed, ${waiting} waiting`);
  return `${target}: ${REGISTRATIONS} registrations (${CONCURRENCY} in flight) for 50 seats decided in ${ms} ms (${Math.round((REGISTRATIONS / ms) * 1000)}/s), exactly ${confirmed} confirmed and ${waiting} waiting; each registration ${describeMs(summarize(latencies))}`;
}

const dataDir = mkdtempSync(join(tmpdir(), 'maillage-bench-agenda-'));
const figures: Figure[] = [];
const notes: string[] = [];
try {
  const embedded = await measure('PGlite', { MAILLAGE_DATA_DIR: dataDir });
  figures.push(...embedded.figures);
  notes.push(...embedded.notes);
  if (process.env.BENCH_DATABASE_URL) {
    const fresh = await freshPostgres(process.env.BENCH_DATABASE_URL, 'agenda');
    try {
      const onServer = await measure('PostgreSQL', {
        DATABASE_URL: fresh.url,
        MAILLAGE_DATA_DIR: dataDir,
        MAILLAGE_SECRET: 'x'.repeat(40),
      });
      figures.push(...onServer.figures);
      notes.push(...onServer.notes);
    } finally {
      await fresh.drop();
    }
  } else {
    notes.push('PostgreSQL: skipped (set BENCH_DATABASE_URL)');
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
