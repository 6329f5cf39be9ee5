import { and, inArray, isNull } from 'drizzle-orm';
import { type DismissalCreate, type DuplicatePairQuery, type MergeKind, PAIR_REASONS } from '../../../contracts/merges.ts';
import type { Db } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { contacts, duplicateDismissals, organisations } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { allowSimilarNames, candidatePairs } from './duplicates.queries.ts';

/** Pairs of live records that look like one, strongest first, with why (reasons) and how sure (score). */
export const listOrganisationPairs = (db: Db, actor: Actor, query: DuplicatePairQuery) =>
  pairsPage(db, actor, 'organisation', query, organisationSides);
export const listContactPairs = (db: Db, actor: Actor, query: DuplicatePairQuery) => pairsPage(db, actor, 'contact', query, contactSides);

async function pairsPage<Side>(
  db: Db,
  actor: Actor,
  kind: MergeKind,
  query: DuplicatePairQuery,
  sidesOf: (db: Db, ids: string[]) => Promise<Map<string, Side>>,
) {
  requireAccess(actor, 'directory:read');
  const rows = await db.transaction(async (tx) => {
    await allowSimilarNames(tx);
    return candidatePairs(tx, kind, query);
  });
  const sides = await sidesOf(db, [...new Set(rows.flatMap((r) => [r.aId, r.bId]))]);
  const items = rows.map((r) => ({
    a: sides.get(r.aId)!,
    b: sides.get(r.bId)!,
    reasons: [...r.reasons].sort((x, y) => PAIR_REASONS.indexOf(x) - PAIR_REASONS.indexOf(y)),
    score: r.score,
  }));
  return pageOf(items, rows[0]?.total ?? 0, query);
}

async function organisationSides(db: Db, ids: string[]) {
  const { id, name, postcode, city, rna, siret, uai } = organisations;
  const rows =
    ids.length === 0
      ? []
      : await db.select({ id, name, postcode, city, rna, siret, uai }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

async function contactSides(db: Db, ids: string[]) {
  const { id, firstName, lastName, emails } = contacts;
  const rows = ids.length === 0 ? [] : await db.select({ id, firstName, lastName, emails }).from(contacts).where(inArray(contacts.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Remembers that two live records are not the same; the pair is stored once, smaller id first. */
export async function dismissPair(db: Db, actor: Actor, input: DismissalCreate) {
  requireAccess(actor, 'directory:write');
  if (input.aId === input.bId) {
    throw new AppError('validation', 'Une paire de doublons réunit deux enregistrements différents.', {
      errors: [{ path: 'body.bId', message: 'Identique à aId' }],
    });
  }
  const table = input.kind === 'organisation' ? organisations : contacts;
  const live = await db
    .select({ id: table.id })
    .from(table)
    .where(and(inArray(table.id, [input.aId, input.bId]), isNull(table.deletedAt)));
  if (live.length !== 2) throw notFound(input.kind === 'organisation' ? 'L’organisation' : 'Le contact');
  const [aId, bId] = [input.aId, input.bId].sort() as [string, string];
  await db
    .insert(duplicateDismissals)
    .values({ kind: input.kind, aId, bId, actorId: actorIdOf(actor) })
    .onConflictDoNothing();
  return { kind: input.kind, aId, bId };
}
