import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.ts';
import { runCli } from '../helpers/server-process.ts';
import { onServerDatabase } from '../helpers/test-database.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const serverUrl = process.env.MAILLAGE_TEST_DATABASE_URL;

/** A summary of what a database holds, to compare a restore with its source. */
async function snapshot(target: { dataDir?: string; databaseUrl?: string }) {
  const database = await openDatabase(target);
  try {
    const result = await database.db.execute(
      "select (select string_agg(email, ',' order by email) from \"user\") as users, (select string_agg(code || ':' || name, ',' order by code) from structures) as structures, (select count(*)::int from audit_log) as audits" as never,
    );
    return (result as unknown as { rows: unknown[] }).rows[0];
  } finally {
    await database.close();
  }
}

describe('command line', () => {
  it.skipIf(onServerDatabase)(
    'explains its usage and exits non-zero on an unknown command or bad arguments',
    async () => {
      const env = { MAILLAGE_DATA_DIR: tempDir('maillage-cli-') };
      const unknown = await runCli(['frobnicate'], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Commande inconnue');
      const missing = await runCli(['user', 'create', '--email', 'a@b.fr'], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--role');
      const badRole = await runCli(
        ['user', 'create', '--email', 'a@b.fr', '--password', 'x'.repeat(12), '--name', 'A', '--role', 'king'],
        env,
      );
      expect(badRole.code).toBe(2);
      expect(badRole.stderr).toContain('Rôle inconnu');
      const noOut = await runCli(['backup'], env);
      expect(noOut.code).toBe(2);
      const badConfig = await runCli(['migrate'], { ...env, PORT: 'quatre-vingts' });
      expect(badConfig.code).toBe(1);
      expect(badConfig.stderr).toContain('PORT');
    },
    60_000,
  );

  it.skipIf(onServerDatabase)(
    'creates a user, backs the embedded database up and restores it into an empty data dir',
    async () => {
      const source = tempDir('maillage-src-');
      const env = { MAILLAGE_DATA_DIR: source, MAILLAGE_DEMO: '0' };
      expect((await runCli(['migrate'], env)).code).toBe(0);
      const created = await runCli(
        ['user', 'create', '--email', 'nadia@exemple.fr', '--password', 'mot-de-passe-solide', '--name', 'Nadia', '--role', 'coordinator'],
        env,
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const file = join(tempDir('maillage-backup-'), 'sauvegarde.tar.gz');
      expect((await runCli(['backup', '--out', file], env)).code).toBe(0);

      const target = tempDir('maillage-dst-');
      const restored = await runCli(['restore', '--in', file], { MAILLAGE_DATA_DIR: target });
      expect(restored.code, restored.stderr).toBe(0);
      expect(await snapshot({ dataDir: target })).toEqual(await snapshot({ dataDir: source }));
      const again = await runCli(['restore', '--in', file], { MAILLAGE_DATA_DIR: target });
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain('vide');
    },
    120_000,
  );

  it.skipIf(!serverUrl)(
    'backs a PostgreSQL database up with pg_dump and restores it into an empty one',
    async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const suffix = `${process.pid}_${Date.now()}`;
      await admin.query(`create database cli_src_${suffix}`);
      await admin.query(`create database cli_dst_${suffix}`);
      const urlOf = (name: string) => Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();
      try {
        const env = { DATABASE_URL: urlOf(`cli_src_${suffix}`), MAILLAGE_DATA_DIR: tempDir('maillage-pg-') };
        expect(
          (
            await runCli(
              ['user', 'create', '--email', 'pg@exemple.fr', '--password', 'mot-de-passe-solide', '--name', 'PG', '--role', 'coordinator'],
              env,
            )
          ).code,
        ).toBe(0);
        const file = join(tempDir('maillage-pgdump-'), 'sauvegarde.dump');
        expect((await runCli(['backup', '--out', file], env)).code).toBe(0);
        const restored = await runCli(['restore', '--in', file], { ...env, DATABASE_URL: urlOf(`cli_dst_${suffix}`) });
        expect(restored.code, restored.stderr).toBe(0);
        expect(await snapshot({ databaseUrl: urlOf(`cli_dst_${suffix}`) })).toEqual(await snapshot({ databaseUrl: env.DATABASE_URL }));
      } finally {
        await admin.query(`drop database if exists cli_src_${suffix} with (force)`);
        await admin.query(`drop database if exists cli_dst_${suffix} with (force)`);
        await admin.end();
      }
    },
    120_000,
  );
});
