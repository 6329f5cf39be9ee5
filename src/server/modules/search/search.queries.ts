import { and, desc, eq, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contacts, organisations } from '../../db/schema/index.ts';
import { contactFullName, contactVector, folded, frenchQuery, organisationVector } from '../../db/text-search.ts';
import { parisToday } from '../../lib/paris-time.ts';

const NEAR_CANDIDATES = 300;
const FULL_TEXT_CANDIDATES = 500;

/** "velo:* & mobil:*" -> "velo:*A & mobil:*A": every word found in the name (weight A of the vectors). */
const inNames = (terms: string) => terms.replaceAll(':*', ':*A');
const idsOf = (hits: Hit[]) => hits.map((h) => h.id);

export type Hit = { id: string; label: string; sublabel: string | null; score: number };

const organisationFields = {
  id: organisations.id,
  label: organisations.name,
  sublabel: sql<string | null>`nullif(concat_ws(' ', ${organisations.postcode}, ${organisations.city}), '')`,
};

/** Where the person works now (primary first), else their first e-mail. Columns are qualified: a subquery reads `id` too. */
const contactFields = () => ({
  id: contacts.id,
  label: sql<string>`concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})`,
  sublabel: sql<string | null>`coalesce((
    select o.name from affiliations a
    join organisations o on o.id = a.organisation_id and o.deleted_at is null
    where a.contact_id = "contacts"."id" and a.deleted_at is null and (a.end_on is null or a.end_on >= ${parisToday()})
    order by a."primary" desc, a.start_on desc nulls last limit 1
  ), "contacts"."emails"[1])`,
});

/** Full-text matches, ranked into (1, 2): above any near spelling. Names weigh most (weight A). */
const fullTextScore = (vector: SQL, terms: string) => sql<number>`1 + ts_rank_cd(${vector}, ${frenchQuery(terms)}, 32)`;
const nearScore = (text: string, name: SQL) => sql<number>`word_similarity(${folded(text)}, ${name})`;

/**
 * Full-text matches, limited early: a common word ("mobilite", "martin") matches thousands of rows,
 * and ranking them all cost more than the rest of the search. Matches with every word in the name
 * (weight A) come first; only when they are fewer than `limit` do matches in other fields follow.
 * Each tier ranks at most FULL_TEXT_CANDIDATES rows, taken from the GIN index in its own order.
 */
export async function fullTextOrganisations(db: DbOrTx, terms: string, limit: number): Promise<Hit[]> {
  const hits = await rankedOrganisations(db, terms, inNames(terms), limit, []);
  if (hits.length < limit) hits.push(...(await rankedOrganisations(db, terms, terms, limit - hits.length, idsOf(hits))));
  return hits;
}

async function rankedOrganisations(db: DbOrTx, terms: string, filter: string, limit: number, except: string[]): Promise<Hit[]> {
  const candidates = db
    .select({ id: organisations.id, score: fullTextScore(organisationVector, terms).as('score') })
    .from(organisations)
    .where(
      and(
        isNull(organisations.deletedAt),
        sql`${organisationVector} @@ ${frenchQuery(filter)}`,
        except.length ? notInArray(organisations.id, except) : undefined,
      ),
    )
    .limit(FULL_TEXT_CANDIDATES)
    .as('candidates');
  return db
    .select({ ...organisationFields, score: candidates.score })
    .from(candidates)
    .innerJoin(organisations, eq(organisations.id, candidates.id))
    .orderBy(desc(candidates.score), organisations.name)
    .limit(limit);
}

/**
 * Near spellings of the name, through the trigram index; `except` leaves out what full text found.
 * A common word misspelt ("associaton") can match a good part of the directory: only the first
 * NEAR_CANDIDATES above the threshold are ranked, which keeps the answer fast (all of them are close).
 */
export async function nearOrganisations(db: DbOrTx, text: string, limit: number, except: string[]): Promise<Hit[]> {
  const name = folded(organisations.name);
  const candidates = db
    .select({ id: organisations.id, score: nearScore(text, name).as('score') })
    .from(organisations)
    .where(
      and(
        isNull(organisations.deletedAt),
        sql`${folded(text)} <% ${name}`,
        except.length ? notInArray(organisations.id, except) : undefined,
      ),
    )
    .limit(NEAR_CANDIDATES)
    .as('candidates');
  return db
    .select({ ...organisationFields, score: candidates.score })
    .from(candidates)
    .innerJoin(organisations, eq(organisations.id, candidates.id))
    .orderBy(desc(candidates.score), organisations.name)
    .limit(limit);
}

/** As for organisations: every word in the name first, then the other fields, each tier capped. */
export async function fullTextContacts(db: DbOrTx, terms: string, limit: number): Promise<Hit[]> {
  const hits = await rankedContacts(db, terms, inNames(terms), limit, []);
  if (hits.length < limit) hits.push(...(await rankedContacts(db, terms, terms, limit - hits.length, idsOf(hits))));
  return hits;
}

async function rankedContacts(db: DbOrTx, terms: string, filter: string, limit: number, except: string[]): Promise<Hit[]> {
  const candidates = db
    .select({ id: contacts.id, score: fullTextScore(contactVector, terms).as('score') })
    .from(contacts)
    .where(
      and(
        isNull(contacts.deletedAt),
        sql`${contactVector} @@ ${frenchQuery(filter)}`,
        except.length ? notInArray(contacts.id, except) : undefined,
      ),
    )
    .limit(FULL_TEXT_CANDIDATES)
    .as('candidates');
  return db
    .select({ ...contactFields(), score: candidates.score })
    .from(candidates)
    .innerJoin(contacts, eq(contacts.id, candidates.id))
    .orderBy(desc(candidates.score), contacts.lastName)
    .limit(limit);
}

export async function nearContacts(db: DbOrTx, text: string, limit: number, except: string[]): Promise<Hit[]> {
  const name = contactFullName(contacts.firstName, contacts.lastName);
  const candidates = db
    .select({ id: contacts.id, score: nearScore(text, name).as('score') })
    .from(contacts)
    .where(and(isNull(contacts.deletedAt), sql`${folded(text)} <% ${name}`, except.length ? notInArray(contacts.id, except) : undefined))
    .limit(NEAR_CANDIDATES)
    .as('candidates');
  return db
    .select({ ...contactFields(), score: candidates.score })
    .from(candidates)
    .innerJoin(contacts, eq(contacts.id, candidates.id))
    .orderBy(desc(candidates.score), contacts.lastName)
    .limit(limit);
}
