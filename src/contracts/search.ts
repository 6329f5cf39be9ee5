import { z } from 'zod';
import { idSchema } from './common.ts';
import { searchTextSchema } from './lists.ts';

export const SEARCH_TYPES = ['organisation', 'contact'] as const;
export const searchTypeSchema = z.enum(SEARCH_TYPES);

export const searchQuery = z.strictObject({
  q: searchTextSchema,
  type: searchTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchResultSchema = z.object({
  type: searchTypeSchema,
  id: idSchema,
  label: z.string(),
  sublabel: z.string().nullable(),
  /** Above 1 for a full-text match (by rank), below 1 for a near spelling (trigram similarity). */
  score: z.number(),
});
export const searchResponseSchema = z.object({ items: z.array(searchResultSchema) });
