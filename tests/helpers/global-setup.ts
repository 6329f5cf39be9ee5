import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';

/**
 * Runs the migrations once and keeps the result as a template: every test file then starts
 * from a copy instead of paying for the migrations again. Embedded: a PGlite dump in a file.
 * PostgreSQL: a migrated template database that each file's `create database … template` copies.
 */
export default async function setup() {
  const serverUrl = process.env.MAILLAGE_TEST_DATABASE_URL;
  return serverUrl ? setupServerTemplate(serverUrl) : setupEmbeddedTemplate();
}

async function setupEmbeddedTemplate() {
  const database = await openDatabase({ inMemory: true });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = join(tmpdir(), `maillage-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.MAILLAGE_TEST_TEMPLATE = file;
}

async function setupServerTemplate(serverUrl: string) {
  const name = `maillage_template_${process.pid}`;
  await onServer(serverUrl, `create database ${name}`);
  const database = await openDatabase({ databaseUrl: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString() });
  await migrate(database);
  await database.close();
  process.env.MAILLAGE_TEST_PG_TEMPLATE = name;
  return () => onServer(serverUrl, `drop database if exists ${name} with (force)`);
}

async function onServer(serverUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
