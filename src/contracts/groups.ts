import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { dateSchema } from './lists.ts';
import { publicSchema } from './vocabulary.ts';

/** A citizen group of one structure, following a reflection path of sessions. */
const groupShape = {
  id: idSchema,
  structureId: idSchema,
  name: z.string(),
  relayOrganisationId: idSchema.nullable(),
  public: publicSchema.nullable(),
  size: z.number().int().nullable(),
  neighbourhood: z.string().nullable(),
  qpvCode: z.string().nullable(),
  /** The secret part of the public form's link; regenerating it closes the old link. */
  formToken: z.string(),
};
export const groupSchema = z.object(groupShape).extend(timestampsSchema.shape);
export type Group = z.infer<typeof groupSchema>;

export const sessionSchema = z
  .object({
    id: idSchema,
    groupId: idSchema,
    heldOn: dateSchema,
    theme: z.string().nullable(),
    moduleId: idSchema.nullable(),
    facilitatorUserIds: z.array(userIdSchema),
    facilitatorContactIds: z.array(idSchema),
    attendance: z.number().int().nullable(),
    notes: z.string().nullable(),
  })
  .extend(timestampsSchema.shape);
export type Session = z.infer<typeof sessionSchema>;

export const groupDetailSchema = groupSchema.extend({ sessions: z.array(sessionSchema) });
export type GroupDetail = z.infer<typeof groupDetailSchema>;
export const groupListSchema = z.object({ items: z.array(groupSchema.extend({ sessionCount: z.number().int() })) });

/** A QPV code as the ANCT writes it: QN07501M (2024) or QP075001 (2015). */
const qpvCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^Q[NP]\d{5,6}[A-Z]?$/, 'Code QPV attendu, par exemple QN07501M');

const groupFields = {
  name: z.string().trim().min(1).max(200),
  relayOrganisationId: idSchema.nullable().optional(),
  public: publicSchema.nullable().optional(),
  size: z.number().int().min(1).max(10_000).nullable().optional(),
  neighbourhood: z.string().trim().max(200).nullable().optional(),
  qpvCode: qpvCodeSchema.nullable().optional(),
};
export const groupCreateSchema = z.strictObject({ structureId: idSchema, ...groupFields });
export type GroupCreate = z.infer<typeof groupCreateSchema>;
export const groupUpdateSchema = z.strictObject({ version: versionSchema, ...groupFields, name: groupFields.name.optional() });
export type GroupUpdate = z.infer<typeof groupUpdateSchema>;
export const groupListQuery = z.strictObject({ structureId: idSchema.optional() });
export type GroupListQuery = z.infer<typeof groupListQuery>;
export const tokenRegenerateSchema = z.strictObject({ version: versionSchema });

const sessionFields = {
  heldOn: dateSchema,
  theme: z.string().trim().min(1).max(300).nullable().optional(),
  moduleId: idSchema.nullable().optional(),
  /** Members of the group's structure. */
  facilitatorUserIds: z.array(userIdSchema).max(20).optional(),
  facilitatorContactIds: z.array(idSchema).max(20).optional(),
  attendance: z.number().int().min(0).max(100_000).nullable().optional(),
  notes: z.string().trim().max(10_000).nullable().optional(),
};
export const sessionCreateSchema = z.strictObject(sessionFields);
export type SessionCreate = z.infer<typeof sessionCreateSchema>;
export const sessionUpdateSchema = z.strictObject({ version: versionSchema, ...sessionFields, heldOn: dateSchema.optional() });
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;
export const sessionParams = z.strictObject({ id: idSchema, sessionId: idSchema });

/** What a citizen's form shows: the group's name and the exhibition modules to relate to. */
export const publicGroupSchema = z.object({
  name: z.string(),
  structureName: z.string(),
  modules: z.array(z.object({ id: idSchema, title: z.string() })),
});
export const tokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
export const groupFormLinkSchema = z.object({ url: z.string(), qrSvg: z.string() });
