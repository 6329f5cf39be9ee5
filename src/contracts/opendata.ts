import { z } from 'zod';
import { idSchema, userIdSchema, versionSchema } from './common.ts';
import { sectorSchema } from './vocabulary.ts';

/** An upload from the page is refused above this size; larger files go through the command line. */
export const OPENDATA_UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
/** Rejected rows kept on a job (the counts go on beyond). */
export const OPENDATA_REPORTED_ROWS_MAX = 500;

export const OPENDATA_KINDS = ['rna', 'sirene', 'csv', 'geojson'] as const;
export const opendataKindSchema = z.enum(OPENDATA_KINDS);
export type OpendataKind = z.infer<typeof opendataKindSchema>;

export const OPENDATA_STATUSES = ['running', 'interrupted', 'completed', 'failed'] as const;

/** RNA `position`: A active, D dissolved, S deleted. */
export const RNA_POSITIONS = ['A', 'D', 'S'] as const;

const departementSchema = z.string().regex(/^(\d{2}|2[AB]|97\d)$/, 'Département : 2 chiffres (75, 93…), 2A, 2B ou 97x');
const nafSchema = z.string().regex(/^\d{2}(\.\d{1,2}[A-Z]?)?$/, 'Code NAF : 90.01Z, ou son début (90, 90.0)');
export const mappingNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'Nom de correspondance : lettres minuscules, chiffres et tirets');

/** What an import keeps of a file; every option has the meaning the command line gives it. */
export const opendataOptionsSchema = z.strictObject({
  departement: departementSchema.optional(),
  /** RNA: positions imported (active only by default). */
  positions: z.array(z.enum(RNA_POSITIONS)).min(1).max(3).optional(),
  /** SIRENE: NAF codes or prefixes kept. */
  naf: z.array(nafSchema).min(1).max(50).optional(),
  /** CSV and GeoJSON venues: the saved column mapping to read them with. */
  mapping: mappingNameSchema.optional(),
});
export type OpendataOptions = z.infer<typeof opendataOptionsSchema>;

/** Query strings carry lists comma-separated. */
const commaList = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .string()
    .max(500)
    .transform((value) => value.split(',').map((v) => v.trim()))
    .pipe(z.array(item).min(1).max(50));

export const opendataUploadQuery = z.strictObject({
  kind: opendataKindSchema,
  departement: departementSchema.optional(),
  positions: commaList(z.enum(RNA_POSITIONS)).optional(),
  naf: commaList(nafSchema).optional(),
  mapping: mappingNameSchema.optional(),
});

export const opendataRejectedRowSchema = z.object({ line: z.number().int(), reason: z.string() });
export type OpendataRejectedRow = z.infer<typeof opendataRejectedRowSchema>;

export const opendataJobSchema = z.object({
  id: idSchema,
  kind: opendataKindSchema,
  fileName: z.string(),
  fileSize: z.number().int(),
  options: opendataOptionsSchema,
  status: z.enum(OPENDATA_STATUSES),
  createdBy: userIdSchema.nullable(),
  /** Bytes of the file read by committed batches, for a progress bar. */
  bytesRead: z.number().int(),
  /** Records of the file handled by committed batches: a resumed run starts after them. */
  read: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  rejectedRows: z.array(opendataRejectedRowSchema),
  failure: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type OpendataJob = z.infer<typeof opendataJobSchema>;
export const opendataJobListSchema = z.object({ items: z.array(opendataJobSchema) });

/** Fields of a directory entry a venue column can fill. `latlon` reads one "lat,lon" cell (geo_point_2d). */
export const VENUE_FIELDS = [
  'sourceId',
  'name',
  'address',
  'postcode',
  'city',
  'inseeCode',
  'latitude',
  'longitude',
  'latlon',
  'website',
  'description',
  'uai',
  'siret',
] as const;
export const venueFieldSchema = z.enum(VENUE_FIELDS);
export type VenueField = z.infer<typeof venueFieldSchema>;

/** Field -> column header (CSV) or property name (GeoJSON). */
export const venueColumnsSchema = z.partialRecord(venueFieldSchema, z.string().trim().min(1).max(120));
export type VenueColumns = z.infer<typeof venueColumnsSchema>;

const MAPPING_COLUMNS_RULE =
  'Indiquez la colonne du nom, et de quoi placer le lieu : latitude et longitude, une colonne « lat,lon », ou l’adresse.';
/** A column named, and enough to place the venue: latitude with longitude, a "lat,lon" column, or the address. */
const mappingColumnsSchema = venueColumnsSchema.superRefine((columns, ctx) => {
  if (columns.name === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'La colonne du nom est obligatoire' });
  if ((columns.latitude === undefined) !== (columns.longitude === undefined))
    ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Latitude et longitude vont ensemble' });
  if (columns.latitude === undefined && columns.latlon === undefined && columns.address === undefined)
    ctx.addIssue({ code: 'custom', path: ['address'], message: MAPPING_COLUMNS_RULE });
});

export const venueMappingInputSchema = z.strictObject({
  name: mappingNameSchema,
  label: z.string().trim().min(2).max(120),
  sector: sectorSchema,
  columns: mappingColumnsSchema,
});
export type VenueMappingInput = z.infer<typeof venueMappingInputSchema>;
/** A structure saves its own mappings; their names are unique across every structure and the shipped ones. */
export const venueMappingCreateSchema = venueMappingInputSchema.extend({ structureId: idSchema });
export type VenueMappingCreate = z.infer<typeof venueMappingCreateSchema>;
/** The name stays: imported entries carry it as their source. */
export const venueMappingUpdateSchema = z.strictObject({
  version: versionSchema,
  label: venueMappingInputSchema.shape.label.optional(),
  sector: sectorSchema.optional(),
  columns: mappingColumnsSchema.optional(),
});
export type VenueMappingUpdate = z.infer<typeof venueMappingUpdateSchema>;
export const venueMappingSchema = z.object({
  id: idSchema,
  name: z.string(),
  label: z.string(),
  sector: sectorSchema,
  columns: venueColumnsSchema,
  /** null for a mapping shipped with Maillage, read-only. */
  structureId: idSchema.nullable(),
  version: z.number().int(),
});
export type VenueMapping = z.infer<typeof venueMappingSchema>;
export const venueMappingListSchema = z.object({ items: z.array(venueMappingSchema) });
