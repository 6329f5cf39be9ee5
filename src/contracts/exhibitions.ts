import { z } from 'zod';
import { idSchema, timestampsSchema, versionSchema } from './common.ts';
import { dateSchema, namedRefSchema } from './lists.ts';
import { departementSchema } from './roles.ts';

export const exhibitionModuleSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
});

export const stopSchema = z
  .object({
    id: idSchema,
    exhibitionId: idSchema,
    structureId: idSchema,
    structure: namedRefSchema,
    venueId: idSchema.nullable(),
    venue: namedRefSchema.nullable(),
    departement: departementSchema,
    installFrom: dateSchema,
    opensOn: dateSchema,
    closesOn: dateSchema,
    removalUntil: dateSchema,
  })
  .extend(timestampsSchema.shape);
export type Stop = z.infer<typeof stopSchema>;

export const exhibitionSchema = z
  .object({ id: idSchema, title: z.string(), theme: z.string(), description: z.string().nullable() })
  .extend(timestampsSchema.shape);
export const exhibitionDetailSchema = exhibitionSchema.extend({
  modules: z.array(exhibitionModuleSchema),
  /** In itinerary order. */
  stops: z.array(stopSchema),
});
export type ExhibitionDetail = z.infer<typeof exhibitionDetailSchema>;
export const exhibitionListSchema = z.object({ items: z.array(exhibitionSchema) });

const text = (max: number) => z.string().trim().min(1).max(max);
const moduleInput = z.strictObject({ title: text(200), description: z.string().trim().max(2000).nullable().optional() });
export const exhibitionCreateSchema = z.strictObject({
  title: text(200),
  theme: text(200),
  description: z.string().trim().max(5000).nullable().optional(),
  modules: z.array(moduleInput).max(12).optional(),
});
export type ExhibitionCreate = z.infer<typeof exhibitionCreateSchema>;
export const exhibitionUpdateSchema = z.strictObject({
  version: versionSchema,
  title: text(200).optional(),
  theme: text(200).optional(),
  description: z.string().trim().max(5000).nullable().optional(),
});
export type ExhibitionUpdate = z.infer<typeof exhibitionUpdateSchema>;

/** Install ≤ opening ≤ closing ≤ removal; the service checks the order and the clashes. */
const stopFields = {
  structureId: idSchema,
  venueId: idSchema.nullable().optional(),
  departement: departementSchema,
  installFrom: dateSchema,
  opensOn: dateSchema,
  closesOn: dateSchema,
  removalUntil: dateSchema,
};
export const stopCreateSchema = z.strictObject(stopFields);
export type StopCreate = z.infer<typeof stopCreateSchema>;
export const stopUpdateSchema = z.strictObject({
  version: versionSchema,
  structureId: stopFields.structureId.optional(),
  venueId: stopFields.venueId,
  departement: stopFields.departement.optional(),
  installFrom: dateSchema.optional(),
  opensOn: dateSchema.optional(),
  closesOn: dateSchema.optional(),
  removalUntil: dateSchema.optional(),
});
export type StopUpdate = z.infer<typeof stopUpdateSchema>;

export const visitParams = z.strictObject({ id: idSchema, day: dateSchema });
export const visitInputSchema = z.strictObject({ visitors: z.number().int().min(0).max(100_000) });
export const stopVisitsSchema = z.object({
  stopId: idSchema,
  days: z.array(z.object({ day: dateSchema, visitors: z.number().int() })),
  total: z.number().int(),
});
export type StopVisits = z.infer<typeof stopVisitsSchema>;
