import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SECTORS, STAGES } from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { structures } from './structures.ts';

/** The shared directory of actors; partnerships tie them to a structure. */
export const organisations = pgTable(
  'organisations',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    legalForm: text('legal_form'),
    rna: text('rna'),
    siret: text('siret'),
    uai: text('uai'),
    address: text('address'),
    postcode: text('postcode'),
    city: text('city'),
    inseeCode: text('insee_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    website: text('website'),
    description: text('description'),
    publics: text('publics').array().notNull().default(sql`'{}'`),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    source: text('source').notNull().default('manual'),
  },
  (t) => [index('organisations_insee_idx').on(t.inseeCode)],
);

export const partnerships = pgTable(
  'partnerships',
  {
    ...recordColumns(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    stage: text('stage', { enum: STAGES }).notNull().default('identified'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    engagements: text('engagements').array().notNull().default(sql`'{}'`),
    objectives: text('objectives').array().notNull().default(sql`'{}'`),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    nextStep: text('next_step'),
    nextStepOn: date('next_step_on'),
  },
  (t) => [
    uniqueIndex('partnerships_org_structure_uq').on(t.organisationId, t.structureId).where(sql`${t.deletedAt} is null`),
    index('partnerships_structure_idx').on(t.structureId),
  ],
);
