import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { folded } from '../../db/text-search.ts';
import type { OrganisationInsert, OrganisationRow } from './organisations.queries.ts';

export type ImportKeys = { ids: string[]; rnas: string[]; sirets: string[]; uais: string[] };

/** Live organisations an import batch may update: by Maillage id or by a shared identifier, oldest first. */
export async function findImportMatches(db: DbOrTx, keys: ImportKeys): Promise<OrganisationRow[]> {
  const matches = [
    keys.ids.length ? inArray(organisations.id, keys.ids) : undefined,
    keys.rnas.length ? inArray(organisations.rna, keys.rnas) : undefined,
    keys.sirets.length ? inArray(organisations.siret, keys.sirets) : undefined,
    keys.uais.length ? inArray(organisations.uai, keys.uais) : undefined,
  ].filter((c) => c !== undefined);
  if (matches.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(and(isNull(organisations.deletedAt), or(...matches)))
    .orderBy(asc(organisations.createdAt), asc(organisations.id));
}

/** Columns an import fills, with their SQL types, in the order of the insert. */
const IMPORTED_COLUMNS = {
  id: 'uuid',
  name: 'text',
  sector: 'text',
  legalForm: 'text',
  rna: 'text',
  siret: 'text',
  uai: 'text',
  address: 'text',
  postcode: 'text',
  city: 'text',
  inseeCode: 'text',
  latitude: 'double precision',
  longitude: 'double precision',
  website: 'text',
  description: 'text',
  publics: 'text[]',
  tags: 'text[]',
  source: 'text',
} as const satisfies Partial<Record<keyof OrganisationInsert, string>>;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMN_LIST = sql.raw(
  Object.keys(IMPORTED_COLUMNS)
    .map((k) => `"${snake(k)}"`)
    .join(', '),
);
const RECORD_TYPE = sql.raw(
  Object.entries(IMPORTED_COLUMNS)
    .map(([k, type]) => `"${snake(k)}" ${type}`)
    .join(', '),
);
const SELECTED = sql.raw(
  Object.entries(IMPORTED_COLUMNS)
    .map(([k, type]) => (type === 'text[]' ? `coalesce(r."${snake(k)}", '{}')` : `r."${snake(k)}"`))
    .join(', '),
);

/**
 * A whole batch in one statement with one parameter: the rows travel as JSON and Postgres
 * unpacks them, which costs far less than binding eighteen parameters per row. Ids are chosen
 * by the caller, so that audit entries need nothing back from the insert.
 */
export async function insertImportedOrganisations(db: DbOrTx, rows: (OrganisationInsert & { id: string })[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row) =>
    Object.fromEntries(Object.keys(IMPORTED_COLUMNS).map((k) => [snake(k), row[k as keyof OrganisationInsert] ?? null])),
  );
  await db.execute(
    sql`insert into organisations (${COLUMN_LIST}) select ${SELECTED} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${RECORD_TYPE})`,
  );
}

export async function updateOrganisationRow(db: DbOrTx, id: string, patch: Partial<OrganisationInsert>): Promise<OrganisationRow> {
  const [row] = await db
    .update(organisations)
    .set({ ...patch, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return row!;
}

export type NameCandidate = { line: number; name: string; postcode: string };

/**
 * Live organisations whose name is close to a candidate's in the same postcode, for a whole batch
 * in one statement: the postcode index narrows each candidate to a few rows before trigrams are compared.
 */
export async function findSimilarNamesInPostcodes(db: DbOrTx, candidates: NameCandidate[]) {
  if (candidates.length === 0) return [];
  const score = sql<number>`similarity(${folded(organisations.name)}, maillage_unaccent(lower(c.name)))`;
  const rows = await db
    .select({
      line: sql<number>`c.line`,
      score,
      id: organisations.id,
      name: organisations.name,
      postcode: organisations.postcode,
      city: organisations.city,
    })
    .from(sql`jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb) as c(line int, name text, postcode text)`)
    .innerJoin(organisations, and(eq(organisations.postcode, sql`c.postcode`), isNull(organisations.deletedAt)))
    .where(sql`${score} >= 0.45`)
    .orderBy(sql`c.line`, sql`${score} desc`);
  return rows.map((r) => ({ ...r, line: Number(r.line), score: Math.round(Number(r.score) * 100) / 100 }));
}
