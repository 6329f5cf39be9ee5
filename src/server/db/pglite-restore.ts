import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** Unpacks a dumpDataDir() archive into a new data directory. */
export async function restorePgliteDump(dataDir: string, archive: Buffer): Promise<void> {
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, {
    loadDataDir: new Blob([new Uint8Array(archive)]),
    extensions: { pg_trgm, unaccent },
  });
  await client.close();
}
