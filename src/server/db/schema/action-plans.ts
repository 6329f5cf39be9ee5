import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACTION_STATUSES, type Indicator } from '../../../contracts/action-plans.ts';
import { ENGAGEMENTS } from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { contacts } from './contacts.ts';
import { organisations } from './partners.ts';
import { exhibitionModules } from './programme.ts';
import { structures } from './structures.ts';

/** The local action plan: one per structure. */
export const actionPlans = pgTable(
  'action_plans',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    title: text('title').notNull(),
    summary: text('summary'),
  },
  (t) => [uniqueIndex('action_plans_structure_idx').on(t.structureId).where(sql`${t.deletedAt} is null`)],
);

export const planActions = pgTable(
  'plan_actions',
  {
    ...recordColumns(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    title: text('title').notNull(),
    description: text('description'),
    moduleId: uuid('module_id').references(() => exhibitionModules.id),
    theme: text('theme'),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    startOn: date('start_on'),
    deadline: date('deadline'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
    indicators: jsonb('indicators').$type<Indicator[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index('plan_actions_plan_idx').on(t.planId, t.deadline)],
);

/** An organisation committed to an action, signed by one of its contacts. */
export const actionCommitments = pgTable(
  'action_commitments',
  {
    ...recordColumns(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type', { enum: ENGAGEMENTS }).notNull(),
    signatoryContactId: uuid('signatory_contact_id').references(() => contacts.id),
    signedOn: date('signed_on'),
  },
  (t) => [index('action_commitments_action_idx').on(t.actionId), index('action_commitments_organisation_idx').on(t.organisationId)],
);
