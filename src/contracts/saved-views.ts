import { z } from 'zod';
import { idSchema, timestampsSchema, versionSchema } from './common.ts';

/** The list pages whose view can be saved. */
export const SAVED_VIEW_PAGES = ['partnerships', 'contacts', 'organisations'] as const;
export const savedViewPageSchema = z.enum(SAVED_VIEW_PAGES);
export type SavedViewPage = z.infer<typeof savedViewPageSchema>;

const nameSchema = z.string().trim().min(1).max(80);
/** The page's URL query string, without the leading `?`. */
const querySchema = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => value.replace(/^\?/, ''));

export const savedViewSchema = z
  .object({ id: idSchema, page: savedViewPageSchema, name: z.string(), query: z.string() })
  .extend(timestampsSchema.shape);
export type SavedView = z.infer<typeof savedViewSchema>;
export const savedViewListSchema = z.object({ items: z.array(savedViewSchema) });

export const savedViewListQuery = z.strictObject({ page: savedViewPageSchema });
export const savedViewCreateSchema = z.strictObject({ name: nameSchema, page: savedViewPageSchema, query: querySchema });
export type SavedViewCreate = z.infer<typeof savedViewCreateSchema>;
export const savedViewUpdateSchema = z.strictObject({ version: versionSchema, name: nameSchema.optional(), query: querySchema.optional() });
export type SavedViewUpdate = z.infer<typeof savedViewUpdateSchema>;
