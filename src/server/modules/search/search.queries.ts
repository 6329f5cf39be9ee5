import { and, desc, eq, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contacts, organisations } from '../../db/schema/index.ts';
import { contactFullName, contactVector, folded, frenchQuery, organisationVector } from '../../db/text-search.ts';
import { parisToday } from '../../lib/paris-time.ts';

const NEAR_CANDIDATES = 300;

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

export async function fullTextOrganisations(db: DbOrTx, terms: string, limit: number): Promise<Hit[]> {
  const score = fullTextScore(organisationVector, terms);
  return db
    .select({ ...organisationFields, score })
    .from(organisations)
    .where(and(isNull(organisations.deletedAt), sql`${organisationVector} @@ ${frenchQuery(terms)}`))
    .orderBy(desc(score), organisations.name)
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

export async function fullTextContacts(db: DbOrTx, terms: string, limit: number): Promise<Hit[]> {
  const score = fullTextScore(contactVector, terms);
  return db
    .select({ ...contactFields(), score })
    .from(contacts)
    .where(and(isNull(contacts.deletedAt), sql`${contactVector} @@ ${frenchQuery(terms)}`))
    .orderBy(desc(score), contacts.lastName)
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
