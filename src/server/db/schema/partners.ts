import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RELATIONSHIP_KINDS } from '../../../contracts/organisations.ts';
import { GEO_PRECISIONS } from '../../../contracts/territory.ts';
import { type ENGAGEMENTS, type OBJECTIVES, type PUBLICS, SECTORS, STAGES } from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { structures } from './structures.ts';

/**
 * The shared directory of actors; partnerships tie them to a structure. The full-text
 * `search` column and the trigram indexes live in the custom migration `search`: they are
 * kept out of this schema so that `select()` never returns (nor audits) the vector.
 */
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
    publics: text('publics').array().$type<(typeof PUBLICS)[number][]>().notNull().default(sql`'{}'`),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    source: text('source').notNull().default('manual'),
    /** Derived by the territory module: the QPV the point stands in, the distance to the nearest one. */
    qpvCode: text('qpv_code'),
    qpvDistanceM: integer('qpv_distance_m'),
    /** How the coordinates were found: given, geocoded from the address, or a commune's centroid. */
    geoPrecision: text('geo_precision', { enum: GEO_PRECISIONS }),
    /** Set when a merge sent this record to the trash: the survivor (no foreign key, see `merges`). */
    mergedIntoId: uuid('merged_into_id'),
  },
  (t) => [
    index('organisations_insee_idx').on(t.inseeCode),
    index('organisations_postcode_idx').on(t.postcode),
    index('organisations_rna_idx').on(t.rna),
    index('organisations_siret_idx').on(t.siret),
    index('organisations_uai_idx').on(t.uai),
    index('organisations_updated_idx').on(t.updatedAt),
    index('organisations_tags_idx').using('gin', t.tags),
    // Lists sort by the accent-free name by default: this index hands them a page without sorting the directory.
    index('organisations_name_sort_idx').on(sql`maillage_unaccent(lower(${t.name}))`, t.id),
  ],
);

/** Typed, directed links between two organisations ("A member_of B"). */
export const organisationRelationships = pgTable(
  'organisation_relationships',
  {
    ...recordColumns(),
    fromId: uuid('from_id')
      .notNull()
      .references(() => organisations.id),
    toId: uuid('to_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: RELATIONSHIP_KINDS }).notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('relationships_live_uq').on(t.fromId, t.toId, t.kind).where(sql`${t.deletedAt} is null`),
    index('relationships_to_idx').on(t.toId),
  ],
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
    engagements: text('engagements').array().$type<(typeof ENGAGEMENTS)[number][]>().notNull().default(sql`'{}'`),
    objectives: text('objectives').array().$type<(typeof OBJECTIVES)[number][]>().notNull().default(sql`'{}'`),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    nextStep: text('next_step'),
    nextStepOn: date('next_step_on'),
    /** The latest interaction of the structure with the organisation; kept by triggers (migration crm_views). */
    lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('partnerships_org_structure_uq').on(t.organisationId, t.structureId).where(sql`${t.deletedAt} is null`),
    index('partnerships_structure_idx').on(t.structureId),
  ],
);

/** Every move of a partnership between stages, so time in stage and conversion can be measured. */
export const partnershipStageChanges = pgTable(
  'partnership_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    fromStage: text('from_stage', { enum: STAGES }),
    toStage: text('to_stage', { enum: STAGES }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [index('stage_changes_partnership_idx').on(t.partnershipId, t.at)],
);
