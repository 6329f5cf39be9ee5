import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { dateSchema } from './lists.ts';
import { engagementSchema } from './vocabulary.ts';

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const indicatorSchema = z.strictObject({
  label: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(40).nullable().optional(),
  target: z.number().min(0).max(1e9),
  actual: z.number().min(0).max(1e9).default(0),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const commitmentSchema = z.object({
  id: idSchema,
  actionId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  type: engagementSchema,
  signatoryContactId: idSchema.nullable(),
  signatoryName: z.string().nullable(),
  signedOn: dateSchema.nullable(),
  version: versionSchema,
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const actionSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    title: z.string(),
    description: z.string().nullable(),
    moduleId: idSchema.nullable(),
    theme: z.string().nullable(),
    ownerId: userIdSchema.nullable(),
    startOn: dateSchema.nullable(),
    deadline: dateSchema.nullable(),
    status: actionStatusSchema,
    indicators: z.array(indicatorSchema),
    /** The deadline has passed (Paris time) and the action is neither done nor dropped. */
    overdue: z.boolean(),
    commitments: z.array(commitmentSchema),
  })
  .extend(timestampsSchema.shape);
export type PlanAction = z.infer<typeof actionSchema>;

export const planSchema = z
  .object({ id: idSchema, structureId: idSchema, title: z.string(), summary: z.string().nullable() })
  .extend(timestampsSchema.shape);
export type Plan = z.infer<typeof planSchema>;
export const planDetailSchema = planSchema.extend({ actions: z.array(actionSchema) });
export type PlanDetail = z.infer<typeof planDetailSchema>;
export const planListSchema = z.object({ items: z.array(planSchema) });
export const planListQuery = z.strictObject({ structureId: idSchema.optional() });

export const planCreateSchema = z.strictObject({
  structureId: idSchema,
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(5000).nullable().optional(),
});
export type PlanCreate = z.infer<typeof planCreateSchema>;
export const planUpdateSchema = z.strictObject({
  version: versionSchema,
  title: z.string().trim().min(1).max(200).optional(),
  summary: z.string().trim().max(5000).nullable().optional(),
});
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

const actionFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).nullable().optional(),
  moduleId: idSchema.nullable().optional(),
  theme: z.string().trim().max(200).nullable().optional(),
  /** A member of the plan's structure. */
  ownerId: userIdSchema.nullable().optional(),
  startOn: dateSchema.nullable().optional(),
  deadline: dateSchema.nullable().optional(),
  status: actionStatusSchema.optional(),
  indicators: z.array(indicatorSchema).max(20).optional(),
};
export const actionCreateSchema = z.strictObject(actionFields);
export type ActionCreate = z.infer<typeof actionCreateSchema>;
export const actionUpdateSchema = z.strictObject({ version: versionSchema, ...actionFields, title: actionFields.title.optional() });
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const commitmentCreateSchema = z.strictObject({
  organisationId: idSchema,
  type: engagementSchema,
  /** Must hold an affiliation to the organisation (current on the signing date). */
  signatoryContactId: idSchema.nullable().optional(),
  signedOn: dateSchema.nullable().optional(),
});
export type CommitmentCreate = z.infer<typeof commitmentCreateSchema>;
/** The committed organisation stays; the signatory is checked again against it on the (new) signing day. */
export const commitmentUpdateSchema = z.strictObject({
  version: versionSchema,
  type: engagementSchema.optional(),
  signatoryContactId: idSchema.nullable().optional(),
  signedOn: dateSchema.nullable().optional(),
});
export type CommitmentUpdate = z.infer<typeof commitmentUpdateSchema>;

/** An organisation's commitments across the plans the reader may see, for its partner page. */
export const organisationCommitmentSchema = commitmentSchema.extend({
  structureId: idSchema,
  planId: idSchema,
  actionTitle: z.string(),
  actionStatus: actionStatusSchema,
  deadline: dateSchema.nullable(),
  overdue: z.boolean(),
});
export type OrganisationCommitment = z.infer<typeof organisationCommitmentSchema>;
export const organisationCommitmentListSchema = z.object({ items: z.array(organisationCommitmentSchema) });
