import { z } from 'zod';
import { idParams, idSchema, versionSchema } from './common.ts';
import { pageQueryShape, pageSchema } from './lists.ts';
import { ORGANISATION_LIST_FIELDS, ORGANISATION_VALUE_FIELDS } from './organisations.ts';

export const MERGE_KINDS = ['organisation', 'contact'] as const;
export const mergeKindSchema = z.enum(MERGE_KINDS);
export type MergeKind = z.infer<typeof mergeKindSchema>;

/** Why two records look like the same one; identifiers and e-mails are certain (score 1). */
export const PAIR_REASONS = ['rna', 'siret', 'uai', 'email', 'name'] as const;
export const pairReasonSchema = z.enum(PAIR_REASONS);

export const duplicatePairQuery = z.strictObject({ ...pageQueryShape });
export type DuplicatePairQuery = z.infer<typeof duplicatePairQuery>;

const organisationSideSchema = z.object({
  id: idSchema,
  name: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  rna: z.string().nullable(),
  siret: z.string().nullable(),
  uai: z.string().nullable(),
});
const contactSideSchema = z.object({
  id: idSchema,
  firstName: z.string().nullable(),
  lastName: z.string(),
  emails: z.array(z.string()),
});
const pairShape = { reasons: z.array(pairReasonSchema), score: z.number() };
/** `pending`: records changed lately (a large import) not yet compared; the list completes as they are. */
const pendingShape = { pending: z.number().int() };
export const organisationPairPageSchema = pageSchema(
  z.object({ a: organisationSideSchema, b: organisationSideSchema, ...pairShape }),
).extend(pendingShape);
export const contactPairPageSchema = pageSchema(z.object({ a: contactSideSchema, b: contactSideSchema, ...pairShape })).extend(
  pendingShape,
);

/** "These two are not the same": the pair is no longer listed. */
export const dismissalCreateSchema = z.strictObject({ kind: mergeKindSchema, aId: idSchema, bId: idSchema });
export type DismissalCreate = z.infer<typeof dismissalCreateSchema>;
export const dismissalSchema = z.object({ kind: mergeKindSchema, aId: idSchema, bId: idSchema });

/** Fields a merge lets the user pick from either record; the lists (tags, publics, e-mails, phones) are united. */
export const ORGANISATION_MERGE_FIELDS = [...ORGANISATION_VALUE_FIELDS, 'source'] as const;
export const ORGANISATION_UNION_FIELDS = ORGANISATION_LIST_FIELDS;
/** `consent` takes the legal basis, its date and the opt-outs together. */
export const CONTACT_MERGE_FIELDS = ['firstName', 'lastName', 'language', 'consent', 'notes'] as const;
export const CONTACT_UNION_FIELDS = ['emails', 'phones'] as const;

const side = z.enum(['survivor', 'merged']);
const fieldChoices = <const F extends readonly string[]>(fields: F) =>
  z.strictObject(Object.fromEntries(fields.map((f) => [f, side.optional()])) as { [K in F[number]]: z.ZodOptional<typeof side> });

const mergeShape = {
  survivorId: idSchema,
  mergedId: idSchema,
  survivorVersion: versionSchema,
  mergedVersion: versionSchema,
};
/** Each differing field says which record's value survives; a field left out keeps the survivor's. */
export const organisationMergeSchema = z.strictObject({ ...mergeShape, fields: fieldChoices(ORGANISATION_MERGE_FIELDS) });
export const contactMergeSchema = z.strictObject({ ...mergeShape, fields: fieldChoices(CONTACT_MERGE_FIELDS) });
export type OrganisationMerge = z.infer<typeof organisationMergeSchema>;
export type ContactMerge = z.infer<typeof contactMergeSchema>;
export type MergeInput = OrganisationMerge | ContactMerge;

export const mergeSchema = z.object({
  id: idSchema,
  kind: mergeKindSchema,
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  survivor: z.object({ id: idSchema, label: z.string() }),
  merged: z.object({ id: idSchema, label: z.string() }),
  /** Links moved to the survivor, per table and column, and conflicting rows set aside. */
  moved: z.array(z.object({ table: z.string(), column: z.string(), rows: z.number().int() })),
  setAside: z.number().int(),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Merge = z.infer<typeof mergeSchema>;
export const mergeListQuery = z.strictObject({ ...pageQueryShape, kind: mergeKindSchema.optional() });
export type MergeListQuery = z.infer<typeof mergeListQuery>;
export const mergePageSchema = pageSchema(mergeSchema);
export const mergeParams = idParams;
