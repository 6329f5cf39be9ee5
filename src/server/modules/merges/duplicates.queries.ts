import { type SQL, sql } from 'drizzle-orm';
import type { MergeKind, PAIR_REASONS } from '../../../contracts/merges.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow } from '../../db/lists.ts';
import { duplicateDismissals } from '../../db/schema/index.ts';

export type PairRow = { aId: string; bId: string; reasons: (typeof PAIR_REASONS)[number][]; score: number; total: number };
type Page = { page: number; pageSize: number };

/** The name similarity from which two records in the same postcode (or two colleagues) are listed. */
export const NAME_SIMILARITY = 0.45;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** `%` keeps names at least this similar. Lasts until the end of the transaction. */
export async function allowSimilarNames(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
}

/**
 * Live organisations sharing an identifier, or with similar names in the same postcode. Each name
 * is folded once (a CTE): folding it again for every pair of a postcode cost 68 s on 20,000 rows.
 */
const organisationPairs = sql`
  ${sameIdentifier('rna')} union all ${sameIdentifier('siret')} union all ${sameIdentifier('uai')}
  union all
  select * from (
    with named as materialized (
      select id, postcode, maillage_unaccent(lower(name)) as folded from organisations where deleted_at is null and postcode is not null
    )
    select o.id as a_id, p.id as b_id, 'name' as reason, similarity(o.folded, p.folded)::float8 as score
    from named o join named p on p.postcode = o.postcode and o.id < p.id and p.folded % o.folded
  ) as similar_names`;

function sameIdentifier(column: 'rna' | 'siret' | 'uai'): SQL {
  const c = sql.identifier(column);
  return sql`select o.id as a_id, p.id as b_id, ${column}::text as reason, 1::float8 as score
    from organisations o join organisations p on p.${c} = o.${c} and o.id < p.id
    where o.${c} is not null and o.deleted_at is null and p.deleted_at is null`;
}

const CONTACT_NAME = sql.raw(`maillage_unaccent(lower(coalesce(c.first_name, '') || ' ' || c.last_name))`);
const COLLEAGUE_NAME = sql.raw(`maillage_unaccent(lower(coalesce(d.first_name, '') || ' ' || d.last_name))`);

/**
 * Live contacts sharing an e-mail address (joined on the address rather than compared pair by pair), or
 * with similar full names and an affiliation to the same organisation.
 */
const contactPairs = sql`
  with addresses as (
    select distinct x.id, e.email from contacts x cross join unnest(x.emails) as e(email) where x.deleted_at is null
  )
  select s.id as a_id, t.id as b_id, 'email' as reason, 1::float8 as score
  from addresses s join addresses t on t.email = s.email and s.id < t.id
  union all
  select c.id, d.id, 'name', similarity(${CONTACT_NAME}, ${COLLEAGUE_NAME})::float8
  from affiliations f join affiliations g on g.organisation_id = f.organisation_id and g.contact_id > f.contact_id
  join contacts c on c.id = f.contact_id join contacts d on d.id = g.contact_id
  where f.deleted_at is null and g.deleted_at is null and c.deleted_at is null and d.deleted_at is null
    and ${COLLEAGUE_NAME} % ${CONTACT_NAME}`;

/**
 * Candidate pairs, strongest first, without those marked "not duplicates"; each pair once (the
 * smaller id first) with every reason that brings it. `total` repeats the number of pairs on each row.
 */
export async function candidatePairs(tx: DbOrTx, kind: MergeKind, page: Page): Promise<PairRow[]> {
  const pairs = kind === 'organisation' ? organisationPairs : contactPairs;
  const { limit, offset } = pageWindow(page);
  const result = await tx.execute(sql`
    with pairs as (${pairs})
    select p.a_id as "aId", p.b_id as "bId", array_agg(distinct p.reason) as reasons, round(max(p.score)::numeric, 2)::float8 as score,
      count(*) over ()::int as total
    from pairs p
    where not exists (select 1 from ${duplicateDismissals} d where d.kind = ${kind} and d.a_id = p.a_id and d.b_id = p.b_id)
    group by p.a_id, p.b_id
    order by score desc, p.a_id, p.b_id
    limit ${limit} offset ${offset}`);
  return rowsOf<PairRow>(result);
}
