import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, signInOver, startServer } from '../helpers/server-process.ts';
import { onServerDatabase } from '../helpers/test-database.ts';

const PASSWORD = 'robuste-mot-de-passe';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function envFor(dataDir: string) {
  return {
    MAILLAGE_DATA_DIR: dataDir,
    MAILLAGE_ADMIN_EMAIL: 'admin@robuste.localhost',
    MAILLAGE_ADMIN_PASSWORD: PASSWORD,
    MAILLAGE_DEMO: '0',
  };
}

async function createStructure(url: string, cookie: string, code: string) {
  const response = await fetch(`${url}/api/v1/structures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code, kind: 'local', departement: '94', name: `Écrite avant l'arrêt ${code}` }),
  });
  expect(response.status).toBe(201);
}

describe.skipIf(onServerDatabase)('embedded database durability', () => {
  it('keeps every committed write after the server is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-kill-'));
    dirs.push(dataDir);
    const first = await startServer(envFor(dataDir));
    const cookie = await signInOver(first.url, 'admin@robuste.localhost', PASSWORD);
    for (const code of ['K1', 'K2', 'K3']) await createStructure(first.url, cookie, code);
    first.process.kill('SIGKILL');
    await exited(first.process);

    const second = await startServer(envFor(dataDir));
    try {
      const again = await signInOver(second.url, 'admin@robuste.localhost', PASSWORD);
      const list = await (await fetch(`${second.url}/api/v1/structures`, { headers: { cookie: again } })).json();
      expect(list.items.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['K1', 'K2', 'K3']));
    } finally {
      second.process.kill('SIGTERM');
      expect(await exited(second.process)).toBe(0);
    }
  }, 120_000);

  it('stops cleanly on SIGTERM and starts again on the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-term-'));
    dirs.push(dataDir);
    const first = await startServer(envFor(dataDir));
    const cookie = await signInOver(first.url, 'admin@robuste.localhost', PASSWORD);
    await createStructure(first.url, cookie, 'T1');
    first.process.kill('SIGTERM');
    expect(await exited(first.process)).toBe(0);
    expect(first.output()).toContain('SIGTERM');
    const second = await startServer(envFor(dataDir));
    second.process.kill('SIGTERM');
    expect(await exited(second.process)).toBe(0);
  }, 120_000);
});
