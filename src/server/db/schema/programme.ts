import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IDF_DEPARTEMENTS } from '../../../contracts/roles.ts';
import { EVENT_FORMATS, EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import { recordColumns } from './columns.ts';
import { organisations } from './partners.ts';
import { structures } from './structures.ts';

export const exhibitions = pgTable('exhibitions', {
  ...recordColumns(),
  title: text('title').notNull(),
  theme: text('theme').notNull(),
  description: text('description'),
});

export const exhibitionModules = pgTable('exhibition_modules', {
  id: uuid('id').primaryKey().defaultRandom(),
  exhibitionId: uuid('exhibition_id')
    .notNull()
    .references(() => exhibitions.id),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  description: text('description'),
});

export const exhibitionStops = pgTable(
  'exhibition_stops',
  {
    ...recordColumns(),
    exhibitionId: uuid('exhibition_id')
      .notNull()
      .references(() => exhibitions.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    venueId: uuid('venue_id').references(() => organisations.id),
    departement: text('departement', { enum: IDF_DEPARTEMENTS }).notNull(),
    installFrom: date('install_from').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    removalUntil: date('removal_until').notNull(),
  },
  (t) => [index('stops_exhibition_idx').on(t.exhibitionId, t.opensOn)],
);

export const events = pgTable(
  'events',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    stopId: uuid('stop_id').references(() => exhibitionStops.id),
    venueId: uuid('venue_id').references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description'),
    format: text('format', { enum: EVENT_FORMATS }).notNull(),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('idea'),
  },
  (t) => [index('events_structure_idx').on(t.structureId)],
);

export const eventSlots = pgTable('event_slots', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  capacity: integer('capacity'),
});
