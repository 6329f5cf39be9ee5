import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './client.ts';

/** The first eight words typed (letters and digits, an ending star kept), each made a term, all required. */
function allTerms(text: string, term: (word: string) => string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  return words.length ? words.slice(0, 8).map(term).join(' & ') : null;
}
const withoutStar = (word: string) => (word.endsWith('*') ? word.slice(0, -1) : word);

/**
 * The words of what someone typed, each as a prefix term ("velo mobil" -> "velo:* & mobil:*").
 * Only letters and digits pass, so the text can never inject tsquery syntax.
 */
export const prefixTerms = (text: string): string | null => allTerms(text, (word) => `${withoutStar(word)}:*`);

/**
 * The words of a search submitted whole (discovery), each required as a whole word, stemmed
 * ("vélos" finds "vélo"), or as a beginning when it ends with a star ("vélo*" also finds
 * "vélorution"). Whole words let the index skip through its lists; a beginning collects every
 * row of every word it starts. Only letters and digits pass, as in `prefixTerms`.
 */
export const wordTerms = (text: string): string | null => allTerms(text, (word) => (word.endsWith('*') ? `${withoutStar(word)}:*` : word));

/** French stemming on accent-free words, as the `search` columns are built (migration 0003). */
export const frenchQuery = (terms: string): SQL => sql`to_tsquery('french', maillage_unaccent(${terms}))`;

/** Accent-free lower case, written exactly as in the trigram indexes so that they apply. */
export const folded = (value: SQL | AnyColumn | string): SQL => sql`maillage_unaccent(lower(${value}))`;

export const organisationVector = sql.raw('"organisations"."search"');
export const contactVector = sql.raw('"contacts"."search"');
export const contactFullName = (firstName: AnyColumn, lastName: AnyColumn): SQL =>
  sql`maillage_unaccent(lower(coalesce(${firstName}, '') || ' ' || ${lastName}))`;

/**
 * `<%` keeps words at least this similar; 0.5 lets one wrong letter in a word of eight through
 * ("belevile" finds "Belleville"). It lasts until the end of the transaction.
 */
export async function allowNearSpellings(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
}

/** Full-text match; or, when `near`, near spelling of the name (also when the text holds no word at all). */
export function matchesText(vector: SQL, name: SQL, text: string, near: boolean): SQL {
  const terms = prefixTerms(text);
  return terms && !near ? sql`${vector} @@ ${frenchQuery(terms)}` : sql`${folded(text)} <% ${name}`;
}

/**
 * A list filtered by words: the full-text matches, or near spellings only when there are none.
 * Mixing both would count every name sharing a misspelt common word on each page.
 */
export async function withNearFallback<T extends { total: number }>(
  db: Db,
  text: string | undefined,
  run: (db: DbOrTx, near: boolean) => Promise<T>,
): Promise<T> {
  const exact = await run(db, false);
  if (!text || exact.total > 0) return exact;
  return db.transaction(async (tx) => {
    await allowNearSpellings(tx);
    return run(tx, true);
  });
}
