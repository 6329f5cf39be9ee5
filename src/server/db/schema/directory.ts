import { sql } from 'drizzle-orm';
import { customType, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  OPENDATA_KINDS,
  OPENDATA_STATUSES,
  type OpendataOptions,
  type OpendataRejectedRow,
  type VenueColumns,
} from '../../../contracts/opendata.ts';
import { GEO_PRECISIONS } from '../../../contracts/territory.ts';
import { type PUBLICS, SECTORS } from '../../../contracts/vocabulary.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';
import { organisations } from './partners.ts';
import { structures } from './structures.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Candidates found in open data, apart from the organisations (the structures' partners).
 * `source` is 'rna', 'sirene' or 'csv:<mapping>', `source_id` the identifier in that source:
 * a re-import updates the row, except the fields listed in `edited_fields`. The full-text
 * `search` column and the trigram index are in the migration, out of `select()` (as for organisations).
 */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    ...recordColumns(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    legalForm: text('legal_form'),
    rna: text('rna'),
    siret: text('siret'),
    uai: text('uai'),
    nafCode: text('naf_code'),
    themeCodes: text('theme_codes').array().notNull().default(sql`'{}'`),
    address: text('address'),
    postcode: text('postcode'),
    city: text('city'),
    inseeCode: text('insee_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    qpvCode: text('qpv_code'),
    qpvDistanceMeters: doublePrecision('qpv_distance_meters'),
    /** 'point' from the source's coordinates, 'approximate' for a commune or arrondissement centroid. */
    geoPrecision: text('geo_precision', { enum: GEO_PRECISIONS }),
    website: text('website'),
    description: text('description'),
    publics: text('publics').array().$type<(typeof PUBLICS)[number][]>().notNull().default(sql`'{}'`),
    sourceDate: date('source_date'),
    firstImportedAt: timestamp('first_imported_at', { withTimezone: true }).notNull().defaultNow(),
    lastImportedAt: timestamp('last_imported_at', { withTimezone: true }).notNull().defaultNow(),
    /** Fields a user changed: a re-import leaves them as the user wrote them. */
    editedFields: text('edited_fields').array().notNull().default(sql`'{}'`),
    organisationId: uuid('organisation_id').references(() => organisations.id),
  },
  (t) => [
    uniqueIndex('directory_entries_source_uq').on(t.source, t.sourceId),
    index('directory_entries_insee_idx').on(t.inseeCode),
    index('directory_entries_organisation_idx').on(t.organisationId),
    index('directory_entries_sector_idx').on(t.sector),
  ],
);

/**
 * A named way to read a CSV or GeoJSON list of venues into the directory. Shipped mappings have no
 * structure and are read-only; a structure saves its own (migration 0017). Names are unique across
 * all, trashed ones included, since imports (and the command line's --mapping) find a mapping by name.
 */
export const venueMappings = pgTable(
  'venue_mappings',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    label: text('label').notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    columns: jsonb('columns').$type<VenueColumns>().notNull(),
    structureId: uuid('structure_id').references(() => structures.id),
  },
  (t) => [uniqueIndex('venue_mappings_name_uq').on(t.name), index('venue_mappings_structure_idx').on(t.structureId)],
);

/**
 * An open-data import and its progress. An upload from the page keeps its file here (any node may
 * resume it); the command line reads its file from disk and records its path, size and date instead.
 */
export const opendataImportJobs = pgTable(
  'opendata_import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: OPENDATA_KINDS }).notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    fileSize: integer('file_size').notNull(),
    file: bytea('file'),
    /** Command line: the file on disk, with its modification time, so a rerun on the same file resumes. */
    filePath: text('file_path'),
    fileModifiedAt: timestamp('file_modified_at', { withTimezone: true }),
    secondFilePath: text('second_file_path'),
    options: jsonb('options').$type<OpendataOptions>().notNull(),
    status: text('status', { enum: OPENDATA_STATUSES }).notNull().default('running'),
    bytesRead: integer('bytes_read').notNull().default(0),
    read: integer('read').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    rejectedRows: jsonb('rejected_rows').$type<OpendataRejectedRow[]>().notNull().default([]),
    failure: text('failure'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('opendata_import_jobs_creator_idx').on(t.createdBy, t.createdAt)],
);

/** A structure's own theme words; without a row, the shipped Mobilités lexicon applies. */
export const discoveryLexicons = pgTable(
  'discovery_lexicons',
  {
    ...recordColumns(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    words: text('words').array().notNull(),
  },
  (t) => [uniqueIndex('discovery_lexicons_structure_uq').on(t.structureId).where(sql`${t.deletedAt} is null`)],
);

/** A candidate a structure set aside, with why; it is no longer suggested to that structure. */
export const discoveryDismissals = pgTable(
  'discovery_dismissals',
  {
    ...recordColumns(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => directoryEntries.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    reason: text('reason').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('discovery_dismissals_uq').on(t.entryId, t.structureId).where(sql`${t.deletedAt} is null`)],
);
