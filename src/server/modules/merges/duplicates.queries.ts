import { type SQL, sql } from 'drizzle-orm';
import type { MergeKind, PAIR_REASONS } from '../../../contracts/merges.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow } from '../../db/lists.ts';
import { duplicateDismissals, duplicatePairQueue, duplicatePairs } from '../../db/schema/index.ts';

export type PairRow = { aId: string; bId: string; reasons: (typeof PAIR_REASONS)[number][]; score: number };
type Page = { page: number; pageSize: number };

/** The name similarity from which two records in the same postcode (or two colleagues) are listed. */
export const NAME_SIMILARITY = 0.45;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Takes up to `limit` queued records of a kind (skipping those another request is comparing) and
 * compares each with the whole directory again: its old pairs go, its current ones are stored,
 * except those marked "not duplicates".
 * Returns how many records it compared.
 */
export async function refreshPairs(tx: DbOrTx, kind: MergeKind, limit: number): Promise<number> {
  const taken = rowsOf<{ id: string }>(
    await tx.execute(sql`
      delete from ${duplicatePairQueue} q
      where q.kind = ${kind} and q.record_id in (
        select record_id from ${duplicatePairQueue} where kind = ${kind} limit ${limit} for update skip locked)
      returning q.record_id as id`),
  ).map((r) => r.id);
  if (taken.length === 0) return 0;
  const ids = uuidArray(taken);
  await tx.execute(sql`delete from ${duplicatePairs} where kind = ${kind} and (a_id = any(${ids}) or b_id = any(${ids}))`);
  await tx.execute(sql`
    insert into ${duplicatePairs} (kind, a_id, b_id, reasons, score)
    select ${kind}, g.a_id, g.b_id, g.reasons, g.score from (
      select least(x.s_id, x.p_id) as a_id, greatest(x.s_id, x.p_id) as b_id, array_agg(distinct x.reason) as reasons, max(x.score) as score
      from (${kind === 'organisation' ? organisationMatches(ids) : contactMatches(ids)}) as x
      group by least(x.s_id, x.p_id), greatest(x.s_id, x.p_id)
    ) as g
    where not exists (select 1 from ${duplicateDismissals} d where d.kind = ${kind} and d.a_id = g.a_id and d.b_id = g.b_id)
    on conflict do nothing`);
  return taken.length;
}

/**
 * Live organisations of `ids` against every live organisation: a shared identifier (btree indexes),
 * or a similar accent-free name in the same postcode. Only the postcodes of `ids` are folded, once each,
 * and each name of `ids` is compared with its postcode's (about 1.5 ms per organisation at 100,000).
 */
function organisationMatches(ids: SQL): SQL {
  const sameIdentifier = (column: 'rna' | 'siret' | 'uai') => {
    const c = sql.identifier(column);
    return sql`select s.id as s_id, p.id as p_id, ${column}::text as reason, 1::float8 as score
      from organisations s join organisations p on p.${c} = s.${c} and p.id <> s.id and p.deleted_at is null
      where s.id = any(${ids}) and s.deleted_at is null and s.${c} is not null`;
  };
  return sql`
    ${sameIdentifier('rna')} union all ${sameIdentifier('siret')} union all ${sameIdentifier('uai')}
    union all
    select * from (
      with targets as materialized (
        select id, postcode, maillage_unaccent(lower(name)) as folded from organisations
        where id = any(${ids}) and deleted_at is null and postcode is not null
      ), named as materialized (
        select id, postcode, maillage_unaccent(lower(name)) as folded from organisations
        where deleted_at is null and postcode in (select postcode from targets)
      )
      select s.id as s_id, p.id as p_id, 'name' as reason, similarity(s.folded, p.folded)::float8 as score
      from targets s join named p on p.postcode = s.postcode and p.id <> s.id
    ) as names where names.score >= ${NAME_SIMILARITY}`;
}

const folded = (alias: string) => sql.raw(`maillage_unaccent(lower(coalesce(${alias}.first_name, '') || ' ' || ${alias}.last_name))`);

/** Live contacts of `ids` against every live contact: a shared e-mail address, or a similar full name and a common organisation. */
function contactMatches(ids: SQL): SQL {
  return sql`
    select s.id as s_id, p.id as p_id, 'email' as reason, 1::float8 as score
    from contacts s join contacts p on p.emails && s.emails and p.id <> s.id and p.deleted_at is null
    where s.id = any(${ids}) and s.deleted_at is null
    union all
    select * from (
      select distinct c.id as s_id, d.id as p_id, 'name' as reason, similarity(${folded('c')}, ${folded('d')})::float8 as score
      from affiliations f join affiliations g on g.organisation_id = f.organisation_id and g.contact_id <> f.contact_id and g.deleted_at is null
      join contacts c on c.id = f.contact_id and c.deleted_at is null
      join contacts d on d.id = g.contact_id and d.deleted_at is null
      where f.contact_id = any(${ids}) and f.deleted_at is null
    ) as names where names.score >= ${NAME_SIMILARITY}`;
}

/** How many records of a kind wait to be compared. */
export async function pendingCount(tx: DbOrTx, kind: MergeKind): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${duplicatePairQueue} where kind = ${kind}`));
  return row?.n ?? 0;
}

/** Whether any record of this kind waits for comparison (what the background worker asks every few seconds). */
export async function hasPending(tx: DbOrTx, kind: MergeKind): Promise<boolean> {
  const [row] = rowsOf<{ any: boolean }>(
    await tx.execute(sql`select exists (select 1 from ${duplicatePairQueue} where kind = ${kind}) as any`),
  );
  return row?.any ?? false;
}

/** Forgets a pair marked "not duplicates" (comparisons leave dismissed pairs out too). */
export async function forgetPair(tx: DbOrTx, kind: MergeKind, aId: string, bId: string): Promise<void> {
  await tx.execute(sql`delete from ${duplicatePairs} where kind = ${kind} and a_id = ${aId} and b_id = ${bId}`);
}

/** A page of stored pairs, strongest first (then by ids, so that pages do not overlap), read along `duplicate_pairs_page_idx`. */
export async function pairsPage(tx: DbOrTx, kind: MergeKind, page: Page): Promise<{ rows: PairRow[]; total: number }> {
  const { limit, offset } = pageWindow(page);
  const rows = rowsOf<PairRow>(
    await tx.execute(sql`
      select p.a_id as "aId", p.b_id as "bId", p.reasons, round(p.score::numeric, 2)::float8 as score
      from ${duplicatePairs} p where p.kind = ${kind}
      order by p.score desc, p.a_id, p.b_id
      limit ${limit} offset ${offset}`),
  );
  const [count] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${duplicatePairs} where kind = ${kind}`));
  return { rows, total: count?.n ?? 0 };
}
