import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { inseeCodeSchema } from './identifiers.ts';
import { booleanParam, dateSchema, pageQueryShape, pageSchema, searchTextSchema, sortParam, updatedSinceSchema } from './lists.ts';
import { tagSchema } from './organisations.ts';
import { engagementSchema, objectiveSchema, sectorSchema, stageSchema } from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((values) => [...new Set(values)]);

/** What a list shows of the partner organisation, so that it needs no request per row. */
export const organisationSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: sectorSchema,
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  inseeCode: z.string().nullable(),
  tags: z.array(z.string()),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const partnershipSchema = z
  .object({
    id: idSchema,
    organisationId: idSchema,
    organisation: organisationSummarySchema,
    structureId: idSchema,
    stage: stageSchema,
    stageChangedAt: z.iso.datetime({ offset: true }),
    engagements: z.array(engagementSchema),
    objectives: z.array(objectiveSchema),
    ownerId: userIdSchema.nullable(),
    nextStep: z.string().nullable(),
    nextStepOn: dateSchema.nullable(),
    /** The latest interaction of the structure with the organisation. */
    lastInteractionAt: z.iso.datetime({ offset: true }).nullable(),
    /** Not declined, and no interaction for MAILLAGE_DORMANT_MONTHS months (counted from its creation when there is none). */
    dormant: z.boolean(),
  })
  .extend(timestampsSchema.shape);
export type Partnership = z.infer<typeof partnershipSchema>;

const partnershipFields = {
  stage: stageSchema.optional(),
  engagements: uniqueList(engagementSchema).optional(),
  objectives: uniqueList(objectiveSchema).optional(),
  /** A member of the partnership's structure. */
  ownerId: userIdSchema.nullable().optional(),
  nextStep: text(500).nullable().optional(),
  nextStepOn: dateSchema.nullable().optional(),
};

export const partnershipCreateSchema = z.strictObject({ organisationId: idSchema, structureId: idSchema, ...partnershipFields });
export type PartnershipCreate = z.infer<typeof partnershipCreateSchema>;
/** The organisation and the structure of a partnership never change; the stage does. */
export const partnershipUpdateSchema = z.strictObject({ version: versionSchema, ...partnershipFields });
export type PartnershipUpdate = z.infer<typeof partnershipUpdateSchema>;

export const PARTNERSHIP_SORTS = ['createdAt', 'updatedAt', 'stage', 'stageChangedAt', 'nextStepOn', 'organisationName'] as const;
export const partnershipListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(PARTNERSHIP_SORTS),
  structureId: idSchema.optional(),
  organisationId: idSchema.optional(),
  stage: stageSchema.optional(),
  engagement: engagementSchema.optional(),
  objective: objectiveSchema.optional(),
  ownerId: userIdSchema.optional(),
  /** The organisation's sector, tag and commune or Paris arrondissement (INSEE code). */
  sector: sectorSchema.optional(),
  tag: tagSchema.optional(),
  inseeCode: inseeCodeSchema.optional(),
  dormant: booleanParam.optional(),
  /** On the organisation's name. */
  q: searchTextSchema.optional(),
  updatedSince: updatedSinceSchema.optional(),
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuery>;
export const partnershipPageSchema = pageSchema(partnershipSchema);

export const stageChangeSchema = z.object({
  id: idSchema,
  from: stageSchema.nullable(),
  to: stageSchema,
  at: z.iso.datetime({ offset: true }),
  /** When the partnership left this stage; null for the current one. */
  until: z.iso.datetime({ offset: true }).nullable(),
  /** Time spent in `to`, up to now for the current stage. */
  secondsInStage: z.number().int(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const stageHistorySchema = z.object({ items: z.array(stageChangeSchema) });

export const BULK_MAX = 1000;
export const bulkActionSchema = z.discriminatedUnion('type', [
  /** Tags belong to the organisation: they show in every structure's list. */
  z.strictObject({ type: z.enum(['add_tag', 'remove_tag']), tag: tagSchema }),
  /** A member of each partnership's structure, or null for nobody. */
  z.strictObject({ type: z.literal('owner'), ownerId: userIdSchema.nullable() }),
  z.strictObject({ type: z.literal('stage'), stage: stageSchema }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;
export const partnershipBulkSchema = z.strictObject({
  ids: z
    .array(idSchema)
    .min(1)
    .max(BULK_MAX)
    .transform((ids) => [...new Set(ids)]),
  action: bulkActionSchema,
});
export type PartnershipBulk = z.infer<typeof partnershipBulkSchema>;
/** How many partnerships changed (for a tag: whose organisation got or lost it); those already so are left alone. */
export const bulkResultSchema = z.object({ updated: z.number().int() });
