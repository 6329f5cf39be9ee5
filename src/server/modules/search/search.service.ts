import { SEARCH_TYPES, type SearchQuery } from '../../../contracts/search.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { allowNearSpellings, prefixTerms } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { CONTACT_TARGET, fullText, type Hit, near, ORGANISATION_TARGET, type SearchTarget } from './search.queries.ts';

const TARGETS: Record<(typeof SEARCH_TYPES)[number], SearchTarget> = { organisation: ORGANISATION_TARGET, contact: CONTACT_TARGET };

/**
 * Full text first, on the GIN index (French stems, accents aside, words as prefixes while
 * typing); near spellings of the name only to fill what is left, on the trigram index.
 */
async function find(db: DbOrTx, target: SearchTarget, text: string, limit: number): Promise<Hit[]> {
  const terms = prefixTerms(text);
  const hits = terms ? await fullText(db, target, terms, limit) : [];
  if (hits.length < limit)
    hits.push(
      ...(await near(
        db,
        target,
        text,
        limit - hits.length,
        hits.map((h) => h.id),
      )),
    );
  return hits;
}

/**
 * One box across the directory: organisations and contacts, best first. Each type is searched in
 * its own transaction, at the same time: on PostgreSQL they run on two connections (the embedded
 * database takes them in turn).
 */
export async function searchDirectory(db: Db, actor: Actor, query: SearchQuery) {
  requireAccess(actor, 'directory:read');
  const types = query.type ? [query.type] : SEARCH_TYPES;
  const found = await Promise.all(
    types.map((type) =>
      db.transaction(async (tx) => {
        await allowNearSpellings(tx);
        const hits = await find(tx, TARGETS[type], query.q, query.limit);
        return hits.map((hit) => ({ type, ...hit, score: Math.round(Number(hit.score) * 1000) / 1000 }));
      }),
    ),
  );
  const items = found.flat().sort((a, b) => b.score - a.score);
  return { items: items.slice(0, query.limit) };
}
