import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';

/**
 * Runs the migrations once into an embedded database and keeps its dump: every test file
 * then starts from a copy instead of paying for initdb and the migrations again.
 */
export default async function setup() {
  if (process.env.MAILLAGE_TEST_DATABASE_URL) return;
  const database = await openDatabase({ inMemory: true });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = join(tmpdir(), `maillage-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.MAILLAGE_TEST_TEMPLATE = file;
}
