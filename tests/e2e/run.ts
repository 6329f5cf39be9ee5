import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from '../helpers/server-process.ts';
import { launchBrowser, RESULTS_DIR } from './harness.ts';
import { JOURNEYS, type JourneyContext } from './journeys.ts';
import { AGENDA_JOURNEYS } from './journeys-agenda.ts';
import { DISCOVERY_JOURNEYS } from './journeys-discovery.ts';
import { DUPLICATE_JOURNEYS } from './journeys-duplicates.ts';
import { EVENT_JOURNEYS } from './journeys-events.ts';
import { IMPORT_EXPORT_JOURNEYS } from './journeys-import-export.ts';
import { PARTICIPATION_JOURNEYS } from './journeys-participation.ts';
import { PARTNER_LIST_JOURNEYS } from './journeys-partner-lists.ts';
import { PARTNER_JOURNEYS } from './journeys-partners.ts';
import { REPORT_JOURNEYS } from './journeys-reports.ts';
import { TERRITORY_JOURNEYS } from './journeys-territory.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs every browser journey against a real server on a fresh data dir, and writes test-results/e2e.json. */
async function main(): Promise<number> {
  if (!process.env.MAILLAGE_WEB_DIR && !existsSync(join(ROOT, 'dist/web/index.html'))) {
    spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  const admin = { email: 'coordination@e2e.localhost', password: 'parcours-navigateur-2027' };
  const server = await startServer({
    MAILLAGE_DATA_DIR: dataDir,
    MAILLAGE_ADMIN_EMAIL: admin.email,
    MAILLAGE_ADMIN_PASSWORD: admin.password,
    MAILLAGE_DEMO: '1',
    // The journeys sign in more than 10 times a minute; the limit itself is tested in users.test.ts.
    MAILLAGE_SIGNIN_LIMIT: '1000',
  });
  const browser = await launchBrowser();
  const results: { name: string; ok: boolean; error?: string; ms: number }[] = [];
  try {
    // MAILLAGE_JOURNEYS=text runs only the journeys whose name contains it (while working on one).
    const only = process.env.MAILLAGE_JOURNEYS;
    for (const journey of [
      ...JOURNEYS,
      ...PARTNER_JOURNEYS,
      ...EVENT_JOURNEYS,
      ...AGENDA_JOURNEYS,
      ...PARTNER_LIST_JOURNEYS,
      ...IMPORT_EXPORT_JOURNEYS,
      ...DUPLICATE_JOURNEYS,
      ...PARTICIPATION_JOURNEYS,
      ...TERRITORY_JOURNEYS,
      ...DISCOVERY_JOURNEYS,
      ...REPORT_JOURNEYS,
    ].filter((j) => !only || j.name.includes(only))) {
      const context: JourneyContext = { browser, baseUrl: server.url, admin };
      const started = performance.now();
      try {
        await journey.run(context);
        results.push({ name: journey.name, ok: true, ms: Math.round(performance.now() - started) });
        process.stdout.write(`  ✓ ${journey.name} (${seconds(started)})\n`);
      } catch (error) {
        const message = (error as Error).stack ?? String(error);
        results.push({ name: journey.name, ok: false, error: message, ms: Math.round(performance.now() - started) });
        process.stdout.write(`  ✗ ${journey.name} (${seconds(started)})\n${message}\n`);
      }
    }
  } finally {
    await browser.close();
    server.process.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeFileSync(join(RESULTS_DIR, 'e2e.json'), JSON.stringify({ passed, failed, results }, null, 2));
  process.stdout.write(`\nJourneys: ${passed} passed, ${failed} failed (screenshots in test-results/screenshots)\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
