import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INTERACTION_KINDS } from '../../../contracts/interactions.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { contacts } from './contacts.ts';
import { organisations, partnerships } from './partners.ts';
import { events } from './programme.ts';
import { structures } from './structures.ts';

/** Links an interaction or a task may carry; each is optional. */
const links = () => ({
  organisationId: uuid('organisation_id').references(() => organisations.id),
  contactId: uuid('contact_id').references(() => contacts.id),
  partnershipId: uuid('partnership_id').references(() => partnerships.id),
  eventId: uuid('event_id').references(() => events.id),
});

export const interactions = pgTable(
  'interactions',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    kind: text('kind', { enum: INTERACTION_KINDS }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    summary: text('summary').notNull(),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    ...links(),
  },
  (t) => [
    index('interactions_structure_idx').on(t.structureId, t.occurredAt),
    index('interactions_organisation_idx').on(t.organisationId),
    index('interactions_contact_idx').on(t.contactId),
    index('interactions_partnership_idx').on(t.partnershipId),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    ...links(),
  },
  (t) => [
    index('tasks_structure_idx').on(t.structureId),
    index('tasks_owner_due_idx').on(t.ownerId, t.dueOn),
    index('tasks_organisation_idx').on(t.organisationId),
    index('tasks_contact_idx').on(t.contactId),
    index('tasks_partnership_idx').on(t.partnershipId),
    index('tasks_event_idx').on(t.eventId),
  ],
);
