import { z } from 'zod';

/** Identifiers are UUIDs everywhere except better-auth's user ids (opaque strings). */
export const idSchema = z.uuid();
export const userIdSchema = z.string().min(1).max(64);

export const idParams = z.strictObject({ id: idSchema });
export type IdParams = z.infer<typeof idParams>;

/** Every mutable record carries a version for optimistic concurrency. */
export const versionSchema = z.number().int().min(1);

export const timestampsSchema = z.object({
  version: versionSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** RFC 9457 problem details, as every error is sent. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const deletedSchema = z.object({ deleted: z.literal(true), trash: z.boolean() });

export const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());
