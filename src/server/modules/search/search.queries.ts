import { desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { contacts, organisations } from '../../db/schema/index.ts';
import { contactFullName, contactVector, folded, frenchQuery, organisationVector } from '../../db/text-search.ts';
import { parisToday } from '../../lib/paris-time.ts';

const NEAR_CANDIDATES = 300;
const FULL_TEXT_CANDIDATES = 500;

export type Hit = { id: string; label: string; sublabel: string | null; score: number };

/** What the search reads of one kind of record: its table, French vector, name for near spellings, and what a hit shows. */
export type SearchTarget = {
  table: PgTable;
  id: PgColumn;
  deletedAt: PgColumn;
  vector: SQL;
  name: SQL;
  fields: () => { label: SQL<string>; sublabel: SQL<string | null> };
  /** Breaks ties between equal scores. */
  order: PgColumn;
};

export const ORGANISATION_TARGET: SearchTarget = {
  table: organisations,
  id: organisations.id,
  deletedAt: organisations.deletedAt,
  vector: organisationVector,
  name: folded(organisations.name),
  fields: () => ({
    label: sql<string>`${organisations.name}`,
    sublabel: sql<string | null>`nullif(concat_ws(' ', ${organisations.postcode}, ${organisations.city}), '')`,
  }),
  order: organisations.name,
};

/** A contact shows where the person works now (primary first), else their first e-mail. Columns are qualified: a subquery reads `id` too. */
export const CONTACT_TARGET: SearchTarget = {
  table: contacts,
  id: contacts.id,
  deletedAt: contacts.deletedAt,
  vector: contactVector,
  name: contactFullName(contacts.firstName, contacts.lastName),
  fields: () => ({
    label: sql<string>`concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})`,
    sublabel: sql<string | null>`coalesce((
      select o.name from affiliations a
      join organisations o on o.id = a.organisation_id and o.deleted_at is null
      where a.contact_id = "contacts"."id" and a.deleted_at is null and (a.end_on is null or a.end_on >= ${parisToday()})
      order by a."primary" desc, a.start_on desc nulls last limit 1
    ), "contacts"."emails"[1])`,
  }),
  order: contacts.lastName,
};

/** "velo:* & mobil:*" -> "velo:*A & mobil:*A": every word found in the name (weight A of the vectors). */
const inNames = (terms: string) => terms.replaceAll(':*', ':*A');

/**
 * Full-text matches, limited early: a common word ("mobilite", "martin") matches thousands of rows,
 * and ranking them all cost more than the rest of the search. Matches with every word in the name
 * (weight A) come first; only when they are fewer than `limit` do matches in other fields follow.
 * Each tier ranks at most FULL_TEXT_CANDIDATES rows, taken from the GIN index in its own order;
 * scores are in (1, 2), above any near spelling.
 */
export async function fullText(db: DbOrTx, target: SearchTarget, terms: string, limit: number): Promise<Hit[]> {
  const score = sql<number>`1 + ts_rank_cd(${target.vector}, ${frenchQuery(terms)}, 32)`;
  const tier = (filter: string, tierLimit: number, except: string[]) =>
    ranked(db, target, score, sql`${target.vector} @@ ${frenchQuery(filter)}`, FULL_TEXT_CANDIDATES, tierLimit, except);
  const hits = await tier(inNames(terms), limit, []);
  if (hits.length < limit)
    hits.push(
      ...(await tier(
        terms,
        limit - hits.length,
        hits.map((h) => h.id),
      )),
    );
  return hits;
}

/**
 * Near spellings of the name, through the trigram index; `except` leaves out what full text found.
 * A common word misspelt ("associaton") can match a good part of the directory: only the first
 * NEAR_CANDIDATES above the threshold are ranked, which keeps the answer fast (all of them are close).
 */
export function near(db: DbOrTx, target: SearchTarget, text: string, limit: number, except: string[]): Promise<Hit[]> {
  const score = sql<number>`word_similarity(${folded(text)}, ${target.name})`;
  return ranked(db, target, score, sql`${folded(text)} <% ${target.name}`, NEAR_CANDIDATES, limit, except);
}

/** The first `candidates` live rows matching, taken in the index's order, then ranked: the best `limit`. */
async function ranked(
  db: DbOrTx,
  target: SearchTarget,
  score: SQL<number>,
  matches: SQL,
  candidates: number,
  limit: number,
  except: string[],
): Promise<Hit[]> {
  const { table, id } = target;
  const exclusion = except.length ? sql`and ${id} <> all(${`{${except.join(',')}}`}::uuid[])` : sql``;
  const found = db
    .select({ id: sql<string>`${id}`.as('candidate_id'), score: score.as('score') })
    .from(table)
    .where(sql`${target.deletedAt} is null and ${matches} ${exclusion}`)
    .limit(candidates)
    .as('candidates');
  const rows = await db
    .select({ id: sql<string>`${id}`, ...target.fields(), score: found.score })
    .from(found)
    .innerJoin(table, sql`${id} = ${found.id}`)
    .orderBy(desc(found.score), target.order)
    .limit(limit);
  return rows as Hit[];
}
