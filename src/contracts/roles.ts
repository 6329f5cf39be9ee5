import { z } from 'zod';

/** Roles, from the widest to the narrowest. */
export const ROLES = ['coordinator', 'manager', 'member', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const STRUCTURE_KINDS = ['coordination', 'local'] as const;
export const structureKindSchema = z.enum(STRUCTURE_KINDS);
export type StructureKind = z.infer<typeof structureKindSchema>;

/** The Île-de-France départements, one local structure each. */
export const IDF_DEPARTEMENTS = ['75', '77', '78', '91', '92', '93', '94', '95'] as const;
export const departementSchema = z.enum(IDF_DEPARTEMENTS);
