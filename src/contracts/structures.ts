import { z } from 'zod';
import { idSchema, timestampsSchema, versionSchema } from './common.ts';
import { departementSchema, structureKindSchema } from './roles.ts';

const text = (max: number) => z.string().trim().max(max);

export const structureSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    kind: structureKindSchema,
    departement: departementSchema.nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .extend(timestampsSchema.shape);
export type Structure = z.infer<typeof structureSchema>;

const structureFields = {
  name: text(200).min(2),
  address: text(300).nullable().optional(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Code postal à 5 chiffres')
    .nullable()
    .optional(),
  city: text(120).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: text(40).nullable().optional(),
};

export const structureCreateSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9-]{2,12}$/, 'Code en majuscules, 2 à 12 caractères'),
  kind: structureKindSchema,
  departement: departementSchema.nullable().optional(),
  ...structureFields,
});
export type StructureCreate = z.infer<typeof structureCreateSchema>;

export const structureUpdateSchema = z.strictObject({
  version: versionSchema,
  ...structureFields,
  name: structureFields.name.optional(),
});
export type StructureUpdate = z.infer<typeof structureUpdateSchema>;

export const structureListSchema = z.object({ items: z.array(structureSchema) });
