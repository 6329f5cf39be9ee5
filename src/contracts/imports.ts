import { z } from 'zod';
import { idSchema, userIdSchema } from './common.ts';
import { ORGANISATION_LIST_FIELDS, ORGANISATION_VALUE_FIELDS } from './organisations.ts';
import { sectorSchema } from './vocabulary.ts';

/** An upload is refused above this size (20 Mio: about 150,000 rows of a typical directory). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Rows shown in the preview, and rejected rows kept on a job or sent back by a dry run. */
export const PREVIEW_ROWS = 20;
export const REPORTED_ROWS_MAX = 500;

export const IMPORT_KINDS = ['organisations', 'contacts'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
/** How the bytes were read: Latin-1 files are decoded as Windows-1252, the superset Excel writes. */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'latin1'] as const;
export const IMPORT_SEPARATORS = [';', ',', '\t', '|'] as const;
export const IMPORT_STATUSES = ['uploaded', 'running', 'interrupted', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Fields of an organisation a column can fill; `id` is Maillage's own identifier, as exported. */
export const ORGANISATION_IMPORT_FIELDS = ['id', ...ORGANISATION_VALUE_FIELDS, ...ORGANISATION_LIST_FIELDS] as const;
/**
 * Fields of a contact a column can fill: the person, their consent, and the organisation they are
 * affiliated to (found by SIRET, RNA or UAI, else by its exact name) with their role there.
 */
export const CONTACT_IMPORT_FIELDS = [
  'id',
  'firstName',
  'lastName',
  'emails',
  'phones',
  'language',
  'notes',
  'legalBasis',
  'consentOn',
  'optOutEmail',
  'optOutPhone',
  'optOutPost',
  'organisationName',
  'organisationSiret',
  'organisationRna',
  'organisationUai',
  'role',
] as const;
export const IMPORT_FIELDS = { organisations: ORGANISATION_IMPORT_FIELDS, contacts: CONTACT_IMPORT_FIELDS } as const;
/** The field without which a row cannot be imported, by kind. */
export const IMPORT_REQUIRED_FIELD = { organisations: 'name', contacts: 'lastName' } as const;

const ALL_IMPORT_FIELDS = [...new Set([...ORGANISATION_IMPORT_FIELDS, ...CONTACT_IMPORT_FIELDS])] as [
  ...typeof ORGANISATION_IMPORT_FIELDS,
  ...typeof CONTACT_IMPORT_FIELDS,
];
export const importFieldSchema = z.enum(ALL_IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;
export type OrganisationImportField = (typeof ORGANISATION_IMPORT_FIELDS)[number];
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

/** Field -> index of the column that fills it (0 for the first column). */
export const importMappingSchema = z.partialRecord(importFieldSchema, z.number().int().min(0).max(500), {
  // Zod reports keys outside the enum as unrecognized, in English: the wizard shows this instead.
  error: (issue) => {
    const { code, keys } = issue as { code: string; keys?: string[] };
    return code === 'unrecognized_keys'
      ? `Champ inconnu : ${keys?.join(', ')} (champs possibles : ${ALL_IMPORT_FIELDS.join(', ')})`
      : undefined;
  },
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** How to settle a probable duplicate the dry run flagged, by line: leave the row out, or update that organisation. */
export const importResolutionSchema = z.discriminatedUnion('action', [
  z.strictObject({ line: z.number().int().min(2), action: z.literal('skip') }),
  z.strictObject({ line: z.number().int().min(2), action: z.literal('update'), organisationId: idSchema }),
]);
export type ImportResolution = z.infer<typeof importResolutionSchema>;

export const importSettingsSchema = z.strictObject({
  mapping: importMappingSchema,
  /** Sector of created rows whose sector cell is empty. */
  defaultSector: sectorSchema.nullable().optional(),
  resolutions: z.array(importResolutionSchema).max(10_000).optional(),
});
export type ImportSettings = z.infer<typeof importSettingsSchema>;
/** `run` without a body takes the settings of the last dry run. */
export const importRunSchema = importSettingsSchema.partial().strict();

/** How to read a CSV file when the detection got it wrong; the preview is read again with it. */
export const importReadingSchema = z.strictObject({ encoding: z.enum(IMPORT_ENCODINGS), separator: z.enum(IMPORT_SEPARATORS) });
export type ImportReading = z.infer<typeof importReadingSchema>;

export const importListQuery = z.strictObject({});
export const importUploadQuery = z.strictObject({ kind: importKindSchema.default('organisations') });

export const rejectedRowSchema = z.object({ line: z.number().int(), reasons: z.array(z.string()) });
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

const previewSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  encoding: z.enum(IMPORT_ENCODINGS).nullable(),
  separator: z.enum(IMPORT_SEPARATORS).nullable(),
  headers: z.array(z.string()),
  rows: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  /** What each header seems to hold; the wizard starts from it. */
  suggestedMapping: importMappingSchema,
});

export const importJobSchema = z.object({
  id: idSchema,
  kind: importKindSchema,
  fileName: z.string(),
  fileSize: z.number().int(),
  status: z.enum(IMPORT_STATUSES),
  createdBy: userIdSchema.nullable(),
  preview: previewSchema,
  settings: importSettingsSchema.nullable(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** The first REPORTED_ROWS_MAX rejected rows of the run. */
  rejectedRows: z.array(rejectedRowSchema),
  failure: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  startedAt: z.iso.datetime({ offset: true }).nullable(),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
export const importJobListSchema = z.object({ items: z.array(importJobSchema) });

export const importDuplicateSchema = z.object({
  line: z.number().int(),
  name: z.string(),
  /** A shared identifier updates that organisation; a similar name in the same postcode is only flagged. */
  reason: z.enum(['id', 'rna', 'siret', 'uai', 'name']),
  action: z.enum(['update', 'create', 'skip']),
  organisation: z.object({ id: idSchema, name: z.string(), postcode: z.string().nullable(), city: z.string().nullable() }),
  score: z.number(),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

export const importDryRunSchema = z.object({
  total: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  skipped: z.number().int(),
  rejectedRows: z.array(rejectedRowSchema),
  duplicates: z.array(importDuplicateSchema),
  /** More rejected rows or duplicates than listed. */
  truncated: z.boolean(),
});
export type ImportDryRun = z.infer<typeof importDryRunSchema>;
