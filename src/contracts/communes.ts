import { z } from 'zod';
import { territoryKindSchema } from './territory.ts';

/** The communes and Paris arrondissements of Île-de-France, for pickers that search them by name. */
export const communeListQuery = z.strictObject({});
export const communeItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: territoryKindSchema,
  departement: z.string(),
  postcodes: z.array(z.string()),
});
export type CommuneItem = z.infer<typeof communeItemSchema>;
export const communeListSchema = z.object({ items: z.array(communeItemSchema) });
