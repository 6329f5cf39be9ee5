import { z } from 'zod';
import { idSchema } from './common.ts';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

/** Entity types that carry a history and can go to the trash. */
export const ENTITY_TYPES = [
  'structure',
  'membership',
  'user',
  'organisation',
  'relationship',
  'contact',
  'affiliation',
  'partnership',
  'interaction',
  'task',
  'exhibition',
  'exhibition_stop',
  'event',
  'idea',
  'qpv',
  'citizen_group',
  'group_session',
  'contribution',
  'action_plan',
  'plan_action',
  'action_commitment',
  'registration',
  'saved_view',
  'directory_entry',
  'discovery_lexicon',
  'discovery_dismissal',
  'duplicate_dismissal',
  'venue_mapping',
] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  action: auditActionSchema,
  entityType: entityTypeSchema,
  entityId: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const historyParams = z.strictObject({ entityType: entityTypeSchema, id: z.string().min(1).max(64) });
export const historySchema = z.object({ items: z.array(auditEntrySchema) });

export const trashItemSchema = z.object({
  entityType: entityTypeSchema,
  entityId: z.string(),
  label: z.string(),
  structureId: idSchema.nullable(),
  deletedAt: z.iso.datetime({ offset: true }),
  deletedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const trashListQuery = z.strictObject({ structureId: idSchema.optional() });
export const trashListSchema = z.object({ items: z.array(trashItemSchema) });
export const restoredSchema = z.object({ restored: z.literal(true) });
