import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MERGE_KINDS } from '../../../contracts/merges.ts';
import { user } from './auth.ts';

type Row = Record<string, unknown>;

/**
 * One step of a merge, in the order it was done; an undo replays them backwards.
 * `move`: the rows of `table` whose `column` went from the merged record to the survivor, each
 * named by its primary key (or all its columns) as it reads after the move.
 * `remove`: a row that could not move without breaking a unique key, deleted and kept whole.
 * `retire`: a record the merge sent to the trash (a partnership, affiliation or relationship that
 * would have doubled the survivor's own), with its entity type for the history.
 */
export type MergeStep =
  | { op: 'move'; schema: string; table: string; column: string; from: string; to: string; keys: Row[] }
  | { op: 'remove'; schema: string; table: string; row: Row }
  | { op: 'retire'; entityType: 'partnership' | 'affiliation' | 'relationship'; id: string };

/**
 * The record of each merge, enough to undo it exactly. The two ids carry no foreign key: a key
 * to organisations or contacts would make this table one of the links that a merge moves.
 */
export const merges = pgTable(
  'merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: MERGE_KINDS }).notNull(),
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The survivor as it was before the merge, every column. */
    survivorBefore: jsonb('survivor_before').$type<Row>().notNull(),
    /** The survivor's version right after the merge: an undo needs it unchanged. */
    survivorVersion: integer('survivor_version').notNull(),
    steps: jsonb('steps').$type<MergeStep[]>().notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: text('undone_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('merges_kind_at_idx').on(t.kind, t.at),
    index('merges_merged_idx').on(t.mergedId),
    index('merges_survivor_idx').on(t.survivorId),
  ],
);

/** Pairs someone marked "not duplicates"; `aId` is the smaller id so that a pair is stored once. */
export const duplicateDismissals = pgTable(
  'duplicate_dismissals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: MERGE_KINDS }).notNull(),
    aId: uuid('a_id').notNull(),
    bId: uuid('b_id').notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duplicate_dismissals_pair_uq').on(t.kind, t.aId, t.bId)],
);
