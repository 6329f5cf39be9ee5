import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  IMPORT_ENCODINGS,
  IMPORT_FORMATS,
  IMPORT_KINDS,
  IMPORT_SEPARATORS,
  IMPORT_STATUSES,
  type ImportMapping,
  type ImportSettings,
  type RejectedRow,
} from '../../../contracts/imports.ts';
import { user } from './auth.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export type ImportPreview = {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  suggestedMapping: ImportMapping;
};

/**
 * An uploaded file and the progress of its import. The file lives in the database rather than
 * on one node's disk, so that any app node can run or resume the job; it is dropped once done.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    fileSize: integer('file_size').notNull(),
    file: bytea('file'),
    format: text('format', { enum: IMPORT_FORMATS }).notNull(),
    encoding: text('encoding', { enum: IMPORT_ENCODINGS }),
    separator: text('separator', { enum: IMPORT_SEPARATORS }),
    preview: jsonb('preview').$type<ImportPreview>().notNull(),
    settings: jsonb('settings').$type<ImportSettings>(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    totalRows: integer('total_rows').notNull(),
    /** Data rows handled by committed batches: a resumed run starts after them. */
    processedRows: integer('processed_rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    rejectedRows: jsonb('rejected_rows').$type<RejectedRow[]>().notNull().default([]),
    failure: text('failure'),
    /** Renewed by each committed batch; a running job whose heartbeat stopped may be resumed. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_creator_idx').on(t.createdBy, t.createdAt)],
);
