import { z } from 'zod';
import { idSchema, timestampsSchema, versionSchema } from './common.ts';
import { inseeCodeSchema, postcodeSchema, rnaSchema, siretSchema, uaiSchema } from './identifiers.ts';
import { booleanParam, namedRefSchema, pageQueryShape, pageSchema, searchTextSchema, sortParam, updatedSinceSchema } from './lists.ts';
import { publicSchema, sectorSchema } from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);
/** A list without repeats, in the order given. */
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)]);
export const tagSchema = z.string().trim().min(1).max(40);

/** An organisation's own fields holding one value: what an import fills and a merge chooses between. */
export const ORGANISATION_VALUE_FIELDS = [
  'name',
  'sector',
  'legalForm',
  'rna',
  'siret',
  'uai',
  'address',
  'postcode',
  'city',
  'inseeCode',
  'latitude',
  'longitude',
  'website',
  'description',
] as const;
/** Its lists: an import adds to them, a merge unites them. */
export const ORGANISATION_LIST_FIELDS = ['publics', 'tags'] as const;

export const organisationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    sector: sectorSchema,
    legalForm: z.string().nullable(),
    rna: z.string().nullable(),
    siret: z.string().nullable(),
    uai: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    inseeCode: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    publics: z.array(publicSchema),
    tags: z.array(z.string()),
    source: z.string(),
  })
  .extend(timestampsSchema.shape);
export type Organisation = z.infer<typeof organisationSchema>;

const organisationFields = {
  name: text(200).min(2),
  sector: sectorSchema,
  legalForm: text(120).nullable().optional(),
  rna: rnaSchema.nullable().optional(),
  siret: siretSchema.nullable().optional(),
  uai: uaiSchema.nullable().optional(),
  address: text(300).nullable().optional(),
  postcode: postcodeSchema.nullable().optional(),
  city: text(120).nullable().optional(),
  /** Derived from a Paris postcode when left out. */
  inseeCode: inseeCodeSchema.nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  website: z
    .url({ protocol: /^https?$/, error: 'Adresse web en http(s)://' })
    .max(300)
    .nullable()
    .optional(),
  description: text(5000).nullable().optional(),
  publics: uniqueList(publicSchema, 20).optional(),
  tags: uniqueList(tagSchema, 30).optional(),
  /** "manual", or the import that brought the record (e.g. "opendata:paris-colleges"). */
  source: text(80).min(1).optional(),
};

export const organisationCreateSchema = z.strictObject(organisationFields);
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;
/** `?force=true` creates the record even when another one has the same RNA, SIRET or UAI. */
export const organisationCreateQuery = z.strictObject({ force: booleanParam.optional() });

export const organisationUpdateSchema = z.strictObject({
  version: versionSchema,
  ...organisationFields,
  name: organisationFields.name.optional(),
  sector: organisationFields.sector.optional(),
});
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const ORGANISATION_SORTS = ['name', 'createdAt', 'updatedAt', 'postcode', 'sector'] as const;
export const organisationListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(ORGANISATION_SORTS),
  q: searchTextSchema.optional(),
  sector: sectorSchema.optional(),
  tag: tagSchema.optional(),
  public: publicSchema.optional(),
  inseeCode: inseeCodeSchema.optional(),
  postcode: postcodeSchema.optional(),
  source: text(80).min(1).optional(),
  updatedSince: updatedSinceSchema.optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;
export const organisationPageSchema = pageSchema(organisationSchema);

/** The candidate's fields, as the creation form holds them; `excludeId` leaves out the record being edited. */
export const organisationDuplicatesQuery = organisationCreateSchema.partial().extend({ excludeId: idSchema.optional() });
export type OrganisationDuplicatesQuery = z.infer<typeof organisationDuplicatesQuery>;
export const DUPLICATE_REASONS = ['rna', 'siret', 'uai', 'name'] as const;
export const organisationDuplicatesSchema = z.object({
  items: z.array(
    z.object({
      organisation: organisationSchema.pick({
        id: true,
        name: true,
        sector: true,
        postcode: true,
        city: true,
        rna: true,
        siret: true,
        uai: true,
      }),
      reasons: z.array(z.enum(DUPLICATE_REASONS)),
      score: z.number(),
    }),
  ),
});

export const RELATIONSHIP_KINDS = ['member_of', 'federation_of', 'funded_by', 'partner_of'] as const;
export const relationshipKindSchema = z.enum(RELATIONSHIP_KINDS);

export const relationshipParams = z.strictObject({ id: idSchema, relationshipId: idSchema });
/** Reads "this organisation <kind> organisationId", e.g. "member_of" a federation. */
export const relationshipCreateSchema = z.strictObject({
  kind: relationshipKindSchema,
  organisationId: idSchema,
  note: text(500).nullable().optional(),
});
export type RelationshipCreate = z.infer<typeof relationshipCreateSchema>;
export const relationshipSchema = z.object({
  id: idSchema,
  kind: relationshipKindSchema,
  /** outgoing: this organisation <kind> the other; incoming: the other <kind> this one. */
  direction: z.enum(['outgoing', 'incoming']),
  organisation: namedRefSchema,
  note: z.string().nullable(),
  version: versionSchema,
  createdAt: z.iso.datetime({ offset: true }),
});
export const relationshipListSchema = z.object({ items: z.array(relationshipSchema) });
