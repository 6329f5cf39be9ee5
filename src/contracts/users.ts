import { z } from 'zod';
import { emailSchema, idSchema, userIdSchema, versionSchema } from './common.ts';
import { roleSchema } from './roles.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, `Au moins ${PASSWORD_MIN_LENGTH} caractères`).max(128);

export const membershipSchema = z.object({
  id: idSchema,
  userId: userIdSchema,
  structureId: idSchema,
  role: roleSchema,
  version: versionSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Membership = z.infer<typeof membershipSchema>;

export const userSchema = z.object({
  id: userIdSchema,
  name: z.string(),
  email: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  memberships: z.array(membershipSchema),
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ items: z.array(userSchema) });

export const userCreateSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: emailSchema,
  /** Without a password, the user receives a link to choose one. */
  password: passwordSchema.optional(),
  structureId: idSchema,
  role: roleSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const membershipCreateSchema = z.strictObject({
  userId: userIdSchema,
  structureId: idSchema,
  role: roleSchema,
});
export type MembershipCreate = z.infer<typeof membershipCreateSchema>;

export const membershipUpdateSchema = z.strictObject({ version: versionSchema, role: roleSchema });
export type MembershipUpdate = z.infer<typeof membershipUpdateSchema>;

export const membershipListQuery = z.strictObject({ structureId: idSchema.optional() });
/** A list of memberships names each person, so that owner pickers need no request per member. */
export const membershipListItemSchema = membershipSchema.extend({ user: z.object({ name: z.string(), email: z.string() }) });
export const membershipListSchema = z.object({ items: z.array(membershipListItemSchema) });
