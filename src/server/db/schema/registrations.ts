import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEARD_CHANNELS, REGISTRANT_KINDS, REGISTRANT_LANGUAGES, REGISTRATION_STATUSES } from '../../../contracts/registrations.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { organisations } from './partners.ts';
import { eventSlots, events } from './programme.ts';
import { structures } from './structures.ts';

/**
 * A person or a group registered for one slot of an event. `arrival` orders the waiting list:
 * it is drawn after the slot row is locked, so it follows the order in which seats were decided.
 */
export const registrations = pgTable(
  'registrations',
  {
    ...recordColumns(),
    arrival: bigserial('arrival', { mode: 'number' }).notNull(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => eventSlots.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    kind: text('kind', { enum: REGISTRANT_KINDS }).notNull().default('person'),
    groupName: text('group_name'),
    headcount: integer('headcount').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: HEARD_CHANNELS }),
    relayCode: text('relay_code'),
    relayOrganisationId: uuid('relay_organisation_id').references(() => organisations.id),
    postcode: text('postcode'),
    language: text('language', { enum: REGISTRANT_LANGUAGES }).notNull().default('fr'),
    checkInCode: text('check_in_code').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: text('checked_in_by').references(() => user.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('registrations_slot_idx').on(t.slotId, t.status, t.arrival),
    index('registrations_event_idx').on(t.eventId),
    uniqueIndex('registrations_check_in_code_uq').on(t.checkInCode),
  ],
);

/** A participant's answers to the feedback form sent after the event: one per registration, anonymous in the summary. */
export const eventFeedback = pgTable(
  'event_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    satisfaction: integer('satisfaction').notNull(),
    channel: text('channel', { enum: HEARD_CHANNELS }),
    postcode: text('postcode'),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_feedback_registration_uq').on(t.registrationId),
    index('event_feedback_event_idx').on(t.eventId),
    check('event_feedback_satisfaction_ck', sql`${t.satisfaction} between 1 and 5`),
  ],
);
