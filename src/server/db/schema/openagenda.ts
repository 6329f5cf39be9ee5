import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './partners.ts';

/**
 * The location an organisation (an event's venue) has in an OpenAgenda agenda: created there by the
 * first export that needed it, reused by the next ones (OpenAgenda wants a `locationUid` for events on site).
 */
export const openagendaLocations = pgTable(
  'openagenda_locations',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    agendaUid: text('agenda_uid').notNull(),
    locationUid: text('location_uid').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.agendaUid] })],
);
