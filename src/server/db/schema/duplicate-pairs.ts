import { doublePrecision, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { MERGE_KINDS, type PAIR_REASONS } from '../../../contracts/merges.ts';

/**
 * Candidate duplicate pairs, kept so that the review page reads a page instead of comparing the
 * directory: each pair once (`aId` the smaller id), with every reason and the strongest score.
 * No foreign keys, as for `merges`: a key would make these rows links that a merge moves.
 */
export const duplicatePairs = pgTable(
  'duplicate_pairs',
  {
    kind: text('kind', { enum: MERGE_KINDS }).notNull(),
    aId: uuid('a_id').notNull(),
    bId: uuid('b_id').notNull(),
    reasons: text('reasons').array().$type<(typeof PAIR_REASONS)[number][]>().notNull(),
    score: doublePrecision('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.aId, t.bId] }),
    index('duplicate_pairs_page_idx').on(t.kind, t.score.desc(), t.aId, t.bId),
    index('duplicate_pairs_b_idx').on(t.kind, t.bId),
  ],
);

/**
 * Records whose pairs must be compared again: filled by triggers on organisations, contacts and
 * affiliations (migration `crm_pairs`), emptied by `refreshPairs`.
 */
export const duplicatePairQueue = pgTable(
  'duplicate_pair_queue',
  {
    kind: text('kind', { enum: MERGE_KINDS }).notNull(),
    recordId: uuid('record_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.recordId] })],
);
