import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take either: they work the same inside and outside a transaction. */
export type DbOrTx = Db | Tx;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs plain SQL (used by migrations, backup and health checks). */
  exec: (sql: string) => Promise<void>;
  close: () => Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
};

export type DatabaseTarget = {
  databaseUrl?: string;
  dataDir?: string;
  inMemory?: boolean;
  /** Embedded only: start from a dumpDataDir() archive instead of an empty cluster. */
  fromDump?: Blob;
};

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.databaseUrl) return openPostgres(target.databaseUrl);
  return openPglite(target.inMemory ? undefined : target.dataDir, target.fromDump);
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.MAILLAGE_DB_POOL ?? 10) });
  // An idle client losing its connection must not bring the server down.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pool,
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/**
 * The embedded database's page cache. PostgreSQL's default (128 MB) holds a sixth of a million-row
 * directory (545 MB of rows, 250 MB of indexes): discovery's nearest walks then read most of their
 * pages through the file system (p95 89 ms against 46 ms at 256 MB on the benchmark). Memory is
 * taken as pages are used.
 */
const EMBEDDED_SHARED_BUFFERS = '256MB';

async function openPglite(dataDir: string | undefined, fromDump: Blob | undefined): Promise<Database> {
  const dir = dataDir ? join(dataDir, 'pglite') : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  let client: PGlite;
  try {
    client = await PGlite.create(dir ?? 'memory://', {
      extensions: { pg_trgm, unaccent },
      loadDataDir: fromDump,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
    });
  } catch (error) {
    throw new DataDirLockedError(
      `Impossible d'ouvrir la base embarquée dans ${dir}. Un autre processus Maillage l'utilise-t-il déjà ? ` +
        `Arrêtez le serveur avant d'utiliser cette commande. (${(error as Error).message})`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    exec: async (sql) => {
      await client.exec(sql);
    },
    close: () => client.close(),
  };
}
