import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { IDF_DEPARTEMENTS } from '../../../contracts/roles.ts';
import {
  type ACCESSIBILITY_NEEDS,
  ATTENDANCE_MODES,
  EVENT_FORMATS,
  EVENT_PARTNER_ROLES,
  EVENT_STATUSES,
  type PUBLICS,
  REGISTRATION_MODES,
} from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
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
    moduleId: uuid('module_id').references(() => exhibitionModules.id),
    attendanceMode: text('attendance_mode', { enum: ATTENDANCE_MODES }).notNull().default('in_person'),
    onlineUrl: text('online_url'),
    publics: text('publics').array().$type<(typeof PUBLICS)[number][]>().notNull().default(sql`'{}'`),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    accessibility: text('accessibility').array().$type<(typeof ACCESSIBILITY_NEEDS)[number][]>().notNull().default(sql`'{}'`),
    registrationMode: text('registration_mode', { enum: REGISTRATION_MODES }).notNull().default('none'),
    registrationUrl: text('registration_url'),
    /** The event's uid on an OpenAgenda agenda, once exported there or imported from it: later runs update, never duplicate. */
    openagendaAgendaUid: text('openagenda_agenda_uid'),
    openagendaUid: text('openagenda_uid'),
  },
  (t) => [
    index('events_structure_idx').on(t.structureId),
    index('events_stop_idx').on(t.stopId),
    uniqueIndex('events_openagenda_uq').on(t.openagendaAgendaUid, t.openagendaUid),
  ],
);

export const eventSlots = pgTable(
  'event_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity'),
  },
  (t) => [index('event_slots_event_idx').on(t.eventId), index('event_slots_starts_idx').on(t.startsAt)],
);

/** Organisations taking part in an event, each in a role; a relay's code tells how registrants heard of it. */
export const eventPartners = pgTable(
  'event_partners',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role', { enum: EVENT_PARTNER_ROLES }).notNull(),
    relayCode: text('relay_code'),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organisationId, t.role] }),
    index('event_partners_organisation_idx').on(t.organisationId),
    uniqueIndex('event_partners_relay_code_idx').on(t.relayCode),
  ],
);

/** Staff assigned to an event (double bookings are warned about). */
export const eventStaff = pgTable(
  'event_staff',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_staff_user_idx').on(t.userId)],
);

/** Visitors counted at an exhibition stop, one figure per day. */
export const stopVisits = pgTable(
  'stop_visits',
  {
    stopId: uuid('stop_id')
      .notNull()
      .references(() => exhibitionStops.id),
    day: date('day').notNull(),
    visitors: integer('visitors').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stopId, t.day] })],
);

/** An event idea on the ideas board; once turned into an event draft it points at it. */
export const ideas = pgTable(
  'ideas',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    format: text('format', { enum: EVENT_FORMATS }).notNull(),
    moduleId: uuid('module_id').references(() => exhibitionModules.id),
    theme: text('theme'),
    publics: text('publics').array().$type<(typeof PUBLICS)[number][]>().notNull().default(sql`'{}'`),
    partnersInMind: text('partners_in_mind'),
    description: text('description'),
    eventId: uuid('event_id').references(() => events.id),
  },
  (t) => [index('ideas_structure_idx').on(t.structureId, t.createdAt)],
);

/** One support per person and idea. */
export const ideaSupports = pgTable(
  'idea_supports',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] })],
);

export const ideaComments = pgTable(
  'idea_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idea_comments_idea_idx').on(t.ideaId, t.createdAt)],
);
