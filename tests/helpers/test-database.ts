import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';

/**
 * True in the PostgreSQL pass. Tests of the embedded database alone (data dirs, killed
 * processes, the command line on PGlite) run once, in the PGlite pass, and are skipped here.
 */
export const onServerDatabase = Boolean(process.env.MAILLAGE_TEST_DATABASE_URL);

/**
 * A fresh, migrated database for one test file: an embedded PGlite by default, or a new
 * database on the PostgreSQL server named by MAILLAGE_TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const serverUrl = process.env.MAILLAGE_TEST_DATABASE_URL;
  if (serverUrl) return createServerDatabase(serverUrl);
  const template = process.env.MAILLAGE_TEST_TEMPLATE;
  if (!template) {
    const database = await openDatabase({ inMemory: true });
    await migrate(database);
    return database;
  }
  return openDatabase({ inMemory: true, fromDump: new Blob([new Uint8Array(readFileSync(template))]) });
}

async function createServerDatabase(serverUrl: string): Promise<Database & { url: string }> {
  const name = `maillage_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const template = process.env.MAILLAGE_TEST_PG_TEMPLATE;
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  if (!template) await migrate(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
