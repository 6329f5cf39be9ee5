import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { pageQueryShape, pageSchema, sortParam, updatedSinceSchema } from './lists.ts';

export const INTERACTION_KINDS = ['call', 'email', 'meeting', 'note', 'event'] as const;
export const interactionKindSchema = z.enum(INTERACTION_KINDS);

/** What an interaction or a task is about; a partnership brings its organisation along. */
export const linksInputShape = {
  organisationId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
  partnershipId: idSchema.nullable().optional(),
};
export const linksShape = {
  organisationId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  partnershipId: idSchema.nullable(),
};
/** The names of the linked records (a partnership is named by its organisation), so a list needs no request per row. */
export const linkNamesShape = {
  organisationName: z.string().nullable(),
  contactName: z.string().nullable(),
};
export const linkFiltersShape = {
  structureId: idSchema.optional(),
  organisationId: idSchema.optional(),
  contactId: idSchema.optional(),
  partnershipId: idSchema.optional(),
  updatedSince: updatedSinceSchema.optional(),
};

export const interactionSchema = z
  .object({
    id: idSchema,
    structureId: idSchema,
    kind: interactionKindSchema,
    occurredAt: z.iso.datetime({ offset: true }),
    summary: z.string(),
    authorId: userIdSchema.nullable(),
    authorName: z.string().nullable(),
    ...linksShape,
    ...linkNamesShape,
  })
  .extend(timestampsSchema.shape);
export type Interaction = z.infer<typeof interactionSchema>;

const interactionFields = {
  kind: interactionKindSchema,
  occurredAt: z.iso.datetime({ offset: true }),
  summary: z.string().trim().min(1).max(5000),
  ...linksInputShape,
};
export const interactionCreateSchema = z.strictObject({ structureId: idSchema, ...interactionFields });
export type InteractionCreate = z.infer<typeof interactionCreateSchema>;
export const interactionUpdateSchema = z.strictObject({
  version: versionSchema,
  ...interactionFields,
  kind: interactionFields.kind.optional(),
  occurredAt: interactionFields.occurredAt.optional(),
  summary: interactionFields.summary.optional(),
});
export type InteractionUpdate = z.infer<typeof interactionUpdateSchema>;

export const INTERACTION_SORTS = ['occurredAt', 'createdAt', 'updatedAt'] as const;
export const interactionListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(INTERACTION_SORTS),
  ...linkFiltersShape,
  kind: interactionKindSchema.optional(),
});
export type InteractionListQuery = z.infer<typeof interactionListQuery>;
export const interactionPageSchema = pageSchema(interactionSchema);
