import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AGE_BRACKETS, CONTRIBUTION_KINDS, type Journey, MODERATION_STATUSES, PHOTO_TYPES } from '../../../contracts/contributions.ts';
import { PUBLICS } from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { organisations } from './partners.ts';
import { exhibitionModules } from './programme.ts';
import { structures } from './structures.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Citizens following a reflection path with a structure; they contribute through the group's public form. */
export const citizenGroups = pgTable(
  'citizen_groups',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    name: text('name').notNull(),
    relayOrganisationId: uuid('relay_organisation_id').references(() => organisations.id),
    public: text('public', { enum: PUBLICS }),
    size: integer('size'),
    neighbourhood: text('neighbourhood'),
    qpvCode: text('qpv_code'),
    formToken: text('form_token').notNull(),
  },
  (t) => [index('citizen_groups_structure_idx').on(t.structureId), uniqueIndex('citizen_groups_form_token_idx').on(t.formToken)],
);

/** One meeting of a group's reflection path. */
export const groupSessions = pgTable(
  'group_sessions',
  {
    ...recordColumns(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => citizenGroups.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    heldOn: date('held_on').notNull(),
    theme: text('theme'),
    moduleId: uuid('module_id').references(() => exhibitionModules.id),
    facilitatorUserIds: text('facilitator_user_ids').array().notNull().default(sql`'{}'`),
    facilitatorContactIds: uuid('facilitator_contact_ids').array().notNull().default(sql`'{}'`),
    attendance: integer('attendance'),
    notes: text('notes'),
  },
  (t) => [index('group_sessions_group_idx').on(t.groupId, t.heldOn)],
);

/** What citizens send through a group's form; nothing is public before a moderator approves it. */
export const contributions = pgTable(
  'contributions',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => citizenGroups.id),
    kind: text('kind', { enum: CONTRIBUTION_KINDS }).notNull(),
    text: text('text'),
    originalText: text('original_text'),
    journey: jsonb('journey').$type<Journey>(),
    authorName: text('author_name').notNull(),
    ageBracket: text('age_bracket', { enum: AGE_BRACKETS }).notNull(),
    minor: boolean('minor').notNull(),
    consent: boolean('consent').notNull(),
    imageRights: boolean('image_rights').notNull().default(false),
    parentalConsent: boolean('parental_consent').notNull().default(false),
    hasPhoto: boolean('has_photo').notNull().default(false),
    status: text('status', { enum: MODERATION_STATUSES }).notNull().default('pending'),
    rejectionReason: text('rejection_reason'),
    moduleId: uuid('module_id').references(() => exhibitionModules.id),
    selected: boolean('selected').notNull().default(false),
    moderatedBy: text('moderated_by').references(() => user.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
  },
  (t) => [
    index('contributions_structure_status_idx').on(t.structureId, t.status, t.createdAt),
    index('contributions_group_idx').on(t.groupId),
  ],
);

/** A contribution's photo, kept apart so that lists never read the bytes. */
export const contributionPhotos = pgTable('contribution_photos', {
  contributionId: uuid('contribution_id')
    .primaryKey()
    .references(() => contributions.id),
  contentType: text('content_type', { enum: PHOTO_TYPES }).notNull(),
  bytes: bytea('bytes').notNull(),
});

/** Counters of the public endpoints' rate limit (src/server/http/rate-limit.ts), one per bucket and window; shared by every app node. */
export const publicFormHits = pgTable(
  'public_form_hits',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);
