import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARIS_20_ASSOCIATIONS, waldecCsv } from '../../src/server/modules/opendata/opendata-fixtures.ts';
import { exited, signInOver, startServer } from '../helpers/server-process.ts';
import { onServerDatabase } from '../helpers/test-database.ts';

const PASSWORD = 'reprise-mot-de-passe';
const ROWS = 40_000;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const envFor = (dataDir: string) => ({
  MAILLAGE_DATA_DIR: dataDir,
  MAILLAGE_ADMIN_EMAIL: 'admin@reprise.localhost',
  MAILLAGE_ADMIN_PASSWORD: PASSWORD,
  MAILLAGE_DEMO: '0',
});

type Job = { id: string; status: string; read: number; imported: number; updated: number };

async function job(url: string, cookie: string, id: string): Promise<Job> {
  return (await fetch(`${url}/api/v1/opendata/imports/${id}`, { headers: { cookie } })).json();
}

describe.skipIf(onServerDatabase)('an open-data upload when the server is killed mid-import', () => {
  it('is taken over as soon as the server starts again, and ends with the counts of one uninterrupted run', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-resume-'));
    dirs.push(dataDir);
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      ...PARIS_20_ASSOCIATIONS[i % 4]!,
      id: `W75${String(i).padStart(7, '0')}`,
      titre: `Association de quartier n° ${i}`,
    }));
    const first = await startServer(envFor(dataDir));
    let cookie = await signInOver(first.url, 'admin@reprise.localhost', PASSWORD);
    const form = new FormData();
    form.append('file', new Blob([waldecCsv(rows)]), 'waldec-paris.csv');
    const upload = await fetch(`${first.url}/api/v1/opendata/imports?kind=rna`, { method: 'POST', headers: { cookie }, body: form });
    expect(upload.status, await upload.clone().text()).toBe(202);
    const { id } = (await upload.json()) as Job;
    // Killed once a first batch is committed, while the next ones are being written.
    let seen = await job(first.url, cookie, id);
    while (seen.status === 'running' && seen.read === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await job(first.url, cookie, id);
    }
    expect(seen).toMatchObject({ status: 'running' });
    expect(seen.read).toBeLessThan(ROWS);
    first.process.kill('SIGKILL');
    await exited(first.process);

    const second = await startServer(envFor(dataDir));
    try {
      cookie = await signInOver(second.url, 'admin@reprise.localhost', PASSWORD);
      const deadline = Date.now() + 90_000;
      let done = await job(second.url, cookie, id);
      while (done.status === 'running' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        done = await job(second.url, cookie, id);
      }
      expect(done).toMatchObject({ status: 'completed', read: ROWS, imported: ROWS, updated: 0 });
    } finally {
      second.process.kill('SIGTERM');
      expect(await exited(second.process)).toBe(0);
    }
  }, 180_000);
});
