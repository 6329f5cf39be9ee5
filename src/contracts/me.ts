import { z } from 'zod';
import { idSchema, userIdSchema } from './common.ts';
import { roleSchema, structureKindSchema } from './roles.ts';

export const membershipOfMeSchema = z.object({
  id: idSchema,
  role: roleSchema,
  structure: z.object({ id: idSchema, code: z.string(), name: z.string(), kind: structureKindSchema }),
});

export const meSchema = z.object({
  user: z.object({ id: userIdSchema, name: z.string(), email: z.string() }),
  memberships: z.array(membershipOfMeSchema),
  isCoordinator: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
