import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema } from './common.ts';
import { pageQueryShape, pageSchema, sortParam } from './lists.ts';
import { eventFormatSchema, publicSchema } from './vocabulary.ts';

export const ideaSchema = z
  .object({
    id: idSchema,
    structureId: idSchema,
    authorId: userIdSchema.nullable(),
    authorName: z.string().nullable(),
    title: z.string(),
    format: eventFormatSchema,
    moduleId: idSchema.nullable(),
    theme: z.string().nullable(),
    publics: z.array(publicSchema),
    partnersInMind: z.string().nullable(),
    description: z.string().nullable(),
    /** The event draft it became, once turned into one. */
    eventId: idSchema.nullable(),
    supportCount: z.number().int(),
    supportedByMe: z.boolean(),
    commentCount: z.number().int(),
  })
  .extend(timestampsSchema.shape);
export type Idea = z.infer<typeof ideaSchema>;

export const ideaCommentSchema = z.object({
  id: idSchema,
  authorId: userIdSchema.nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export const ideaDetailSchema = ideaSchema.extend({ comments: z.array(ideaCommentSchema) });
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;

export const ideaCreateSchema = z.strictObject({
  structureId: idSchema,
  title: z.string().trim().min(1).max(300),
  format: eventFormatSchema,
  moduleId: idSchema.nullable().optional(),
  theme: z.string().trim().max(200).nullable().optional(),
  publics: z
    .array(publicSchema)
    .max(20)
    .transform((values) => [...new Set(values)])
    .optional(),
  partnersInMind: z.string().trim().max(2000).nullable().optional(),
  description: z.string().trim().max(10_000).nullable().optional(),
});
export type IdeaCreate = z.infer<typeof ideaCreateSchema>;

export const IDEA_SORTS = ['createdAt', 'supportCount', 'title'] as const;
export const ideaListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(IDEA_SORTS),
  structureId: idSchema.optional(),
  /** `open`: not yet an event; `converted`: already an event draft. */
  state: z.enum(['open', 'converted']).optional(),
});
export type IdeaListQuery = z.infer<typeof ideaListQuery>;
export const ideaPageSchema = pageSchema(ideaSchema);

export const ideaCommentCreateSchema = z.strictObject({ body: z.string().trim().min(1).max(5000) });
export const supportSchema = z.object({ supportCount: z.number().int(), supportedByMe: z.boolean() });
