import { and, inArray, isNull } from 'drizzle-orm';
import { type DismissalCreate, type DuplicatePairQuery, type MergeKind, PAIR_REASONS } from '../../../contracts/merges.ts';
import type { Db } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { contacts, duplicateDismissals, organisations } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { forgetPair, pairsPage, pendingCount, refreshPairs } from './duplicates.queries.ts';

/**
 * Records compared per transaction (short, so that the embedded database, one connection, is not held
 * long), and the time a list request spends comparing queued records before it answers: the rest is
 * left to the background worker (pair-worker.ts) and counted as `pending`.
 */
const REFRESH_CHUNK = 50;
const REFRESH_BUDGET_MS = 200;

/** Pairs of live records that look like one, strongest first, with why (reasons) and how sure (score). */
export const listOrganisationPairs = (db: Db, actor: Actor, query: DuplicatePairQuery) =>
  listPairs(db, actor, 'organisation', query, organisationSides);
export const listContactPairs = (db: Db, actor: Actor, query: DuplicatePairQuery) => listPairs(db, actor, 'contact', query, contactSides);

async function listPairs<Side>(
  db: Db,
  actor: Actor,
  kind: MergeKind,
  query: DuplicatePairQuery,
  sidesOf: (db: Db, ids: string[]) => Promise<Map<string, Side>>,
) {
  requireAccess(actor, 'directory:read');
  const start = performance.now();
  await comparePending(db, kind, () => performance.now() - start < REFRESH_BUDGET_MS);
  const { rows, total } = await pairsPage(db, kind, query);
  const pending = await pendingCount(db, kind);
  const sides = await sidesOf(db, [...new Set(rows.flatMap((r) => [r.aId, r.bId]))]);
  const items = rows.map((r) => ({
    a: sides.get(r.aId)!,
    b: sides.get(r.bId)!,
    reasons: [...r.reasons].sort((x, y) => PAIR_REASONS.indexOf(x) - PAIR_REASONS.indexOf(y)),
    score: r.score,
  }));
  return { ...pageOf(items, total, query), pending };
}

/**
 * Compares the records queued by triggers since the last look (each against the whole directory),
 * one transaction per chunk, while `keepGoing()` holds and some are left. List requests and the
 * background worker each give it a time budget.
 */
export async function comparePending(db: Db, kind: MergeKind, keepGoing: () => boolean): Promise<void> {
  while (keepGoing()) {
    const compared = await db.transaction((tx) => refreshPairs(tx, kind, REFRESH_CHUNK));
    if (compared < REFRESH_CHUNK) return;
  }
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

/** Remembers that two live records are not the same; the pair is stored once, smaller id first, and audited. */
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
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(duplicateDismissals)
      .values({ kind: input.kind, aId, bId, actorId: actorIdOf(actor) })
      .onConflictDoNothing()
      .returning();
    if (!row) return;
    await forgetPair(tx, input.kind, aId, bId);
    await recordAudit(tx, {
      actorId: actorIdOf(actor),
      entityType: 'duplicate_dismissal',
      entityId: row.id,
      structureId: null,
      action: 'create',
      before: null,
      after: row,
    });
  });
  return { kind: input.kind, aId, bId };
}
