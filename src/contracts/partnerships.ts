import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { dateSchema, namedRefSchema, pageQueryShape, pageSchema, searchTextSchema, sortParam, updatedSinceSchema } from './lists.ts';
import { engagementSchema, objectiveSchema, stageSchema } from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((values) => [...new Set(values)]);

export const partnershipSchema = z
  .object({
    id: idSchema,
    organisationId: idSchema,
    organisation: namedRefSchema,
    structureId: idSchema,
    stage: stageSchema,
    stageChangedAt: z.iso.datetime({ offset: true }),
    engagements: z.array(engagementSchema),
    objectives: z.array(objectiveSchema),
    ownerId: userIdSchema.nullable(),
    nextStep: z.string().nullable(),
    nextStepOn: dateSchema.nullable(),
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
