import { z } from 'zod';

/** Lists are paged on the server; a page never holds more than this many rows. */
export const PAGE_SIZE_MAX = 100;

export const pageQueryShape = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(25),
};

/** `sort=name` ascending, `sort=-name` descending, only on whitelisted columns. */
export function sortParam<const C extends string>(columns: readonly C[]) {
  const values = columns.flatMap((c) => [c, `-${c}` as const]);
  return z.enum(values as [C | `-${C}`, ...(C | `-${C}`)[]]).optional();
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const updatedSinceSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
/** Query strings carry text: booleans are spelled out. */
export const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');
export const searchTextSchema = z.string().trim().min(1).max(200);

export const dateSchema = z.iso.date();
export const namedRefSchema = z.object({ id: z.string(), name: z.string() });
