import { z } from 'zod';
import { idSchema, timestampsSchema, userIdSchema, versionSchema } from './common.ts';
import { booleanParam, pageQueryShape, pageSchema } from './lists.ts';

export const CONTRIBUTION_KINDS = ['testimony', 'question', 'proposal', 'photo'] as const;
export const contributionKindSchema = z.enum(CONTRIBUTION_KINDS);
export type ContributionKind = z.infer<typeof contributionKindSchema>;
export const AGE_BRACKETS = ['under_15', '15_17', '18_29', '30_59', '60_plus'] as const;
export const ageBracketSchema = z.enum(AGE_BRACKETS);
/** Brackets under 18: a parent must consent, and the contribution is flagged. */
export const MINOR_BRACKETS: readonly (typeof AGE_BRACKETS)[number][] = ['under_15', '15_17'];
export const MODERATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const moderationStatusSchema = z.enum(MODERATION_STATUSES);
export type ModerationStatus = z.infer<typeof moderationStatusSchema>;

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Île-de-France, with a margin: a drawn journey must stay inside. */
export const IDF_BOUNDS = { west: 1.4, east: 3.6, south: 48.1, north: 49.25 } as const;
const position = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) => lon >= IDF_BOUNDS.west && lon <= IDF_BOUNDS.east && lat >= IDF_BOUNDS.south && lat <= IDF_BOUNDS.north,
    'Le trajet doit rester en Île-de-France',
  );
/** A GeoJSON LineString (longitude, latitude), as drawn on the form's map. */
export const journeySchema = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2).max(500) });
export type Journey = z.infer<typeof journeySchema>;
/** What the form's journey map draws: outlines of the group's territory, and tiles when configured. */
export const journeyMapSchema = z.object({
  tileUrl: z.string().nullable(),
  tileAttribution: z.string().nullable(),
  outlines: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
});
export type JourneyMap = z.infer<typeof journeyMapSchema>;

/**
 * What a citizen sends. `website` is a honeypot: hidden from people, filled by bots.
 * Sent as JSON, or as multipart/form-data with the same fields (as text) and the photo in `photo`.
 */
export const contributionSubmitSchema = z.strictObject({
  kind: contributionKindSchema,
  text: z.string().trim().max(2000).optional(),
  authorName: z.string().trim().min(1).max(60),
  ageBracket: ageBracketSchema,
  moduleId: idSchema.optional(),
  journey: journeySchema.optional(),
  consent: z.boolean(),
  imageRights: z.boolean().optional(),
  parentalConsent: z.boolean().optional(),
  website: z.string().max(200).optional(),
});
export type ContributionSubmit = z.infer<typeof contributionSubmitSchema>;
export const contributionReceivedSchema = z.object({ received: z.literal(true), status: z.literal('pending') });

export const contributionSchema = z
  .object({
    id: idSchema,
    structureId: idSchema,
    groupId: idSchema,
    kind: contributionKindSchema,
    text: z.string().nullable(),
    /** The citizen's own words, kept when a moderator edits the text. */
    originalText: z.string().nullable(),
    journey: journeySchema.nullable(),
    authorName: z.string(),
    ageBracket: ageBracketSchema,
    minor: z.boolean(),
    consent: z.boolean(),
    imageRights: z.boolean(),
    parentalConsent: z.boolean(),
    hasPhoto: z.boolean(),
    status: moderationStatusSchema,
    rejectionReason: z.string().nullable(),
    moduleId: idSchema.nullable(),
    selected: z.boolean(),
    moderatedBy: userIdSchema.nullable(),
    moderatedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .extend(timestampsSchema.shape);
export type Contribution = z.infer<typeof contributionSchema>;
export const contributionPageSchema = pageSchema(contributionSchema);

export const contributionListQuery = z.strictObject({
  ...pageQueryShape,
  structureId: idSchema.optional(),
  groupId: idSchema.optional(),
  status: moderationStatusSchema.optional(),
  selected: booleanParam.optional(),
});
export type ContributionListQuery = z.infer<typeof contributionListQuery>;

/** Moderation: approve, reject with a reason, edit the text, link a module, select for the wall. */
export const contributionModerateSchema = z.strictObject({
  version: versionSchema,
  status: moderationStatusSchema.optional(),
  rejectionReason: z.string().trim().min(1).max(500).nullable().optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  moduleId: idSchema.nullable().optional(),
  selected: z.boolean().optional(),
});
export type ContributionModerate = z.infer<typeof contributionModerateSchema>;

export const wallItemSchema = z.object({
  id: idSchema,
  kind: contributionKindSchema,
  text: z.string().nullable(),
  authorName: z.string(),
  groupName: z.string(),
  moduleTitle: z.string().nullable(),
  photoUrl: z.string().nullable(),
  journey: journeySchema.nullable(),
});
export type WallItem = z.infer<typeof wallItemSchema>;
export const wallSchema = z.object({
  stop: z.object({ id: idSchema, structureName: z.string(), opensOn: z.string(), closesOn: z.string() }),
  items: z.array(wallItemSchema),
});
export type Wall = z.infer<typeof wallSchema>;
export const stopParams = z.strictObject({ stopId: idSchema });
