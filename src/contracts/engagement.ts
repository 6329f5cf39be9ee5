import { z } from 'zod';
import { idSchema } from './common.ts';
import { stageSchema } from './vocabulary.ts';

/** The five parts of the engagement score, each worth 0 to 20 points (see README, « Engagement durable »). */
export const engagementPartsSchema = z.object({
  interactions: z.number().int(),
  events: z.number().int(),
  publics: z.number().int(),
  commitments: z.number().int(),
  stage: z.number().int(),
});
export type EngagementParts = z.infer<typeof engagementPartsSchema>;

/** The score at the end of a month (the current month: today), over the 12 months before. */
export const engagementPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  score: z.number().int(),
  parts: engagementPartsSchema,
});

export const RISK_REASONS = ['score_dropping', 'no_interaction', 'next_step_overdue', 'commitment_overdue'] as const;
export const riskReasonSchema = z.enum(RISK_REASONS);
export type RiskReason = z.infer<typeof riskReasonSchema>;

/** What to do next for a partner at risk; `detail` is the overdue next step or the overdue action's title. */
export const SUGGESTIONS = ['do_next_step', 'review_commitment', 'get_in_touch', 'propose_event'] as const;
export const suggestionSchema = z.object({ kind: z.enum(SUGGESTIONS), detail: z.string().nullable() });

export const partnershipEngagementSchema = z.object({
  partnershipId: idSchema,
  score: z.number().int(),
  parts: engagementPartsSchema,
  /** Raw counts behind the parts, over the last 12 months (commitments: all live ones signed). */
  counts: z.object({
    interactions: z.number().int(),
    events: z.number().int(),
    people: z.number().int(),
    commitments: z.number().int(),
  }),
  stage: stageSchema,
  history: z.array(engagementPointSchema),
  reasons: z.array(riskReasonSchema),
  suggestion: suggestionSchema.nullable(),
});
export type PartnershipEngagement = z.infer<typeof partnershipEngagementSchema>;

export const engagementQuery = z.strictObject({ structureId: idSchema.optional() });

export const atRiskItemSchema = z.object({
  partnershipId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  structureId: idSchema,
  stage: stageSchema,
  score: z.number().int(),
  /** The score three months ago. */
  previousScore: z.number().int(),
  lastInteractionAt: z.iso.datetime({ offset: true }).nullable(),
  nextStep: z.string().nullable(),
  nextStepOn: z.string().nullable(),
  reasons: z.array(riskReasonSchema).min(1),
  suggestion: suggestionSchema,
});
export const atRiskListSchema = z.object({
  /** No interaction for this many months counts as a risk (MAILLAGE_DORMANT_MONTHS). */
  months: z.number().int(),
  items: z.array(atRiskItemSchema),
});
export type AtRiskList = z.infer<typeof atRiskListSchema>;

/** Partners active in a year (an interaction, an event held with them, a commitment signed) and still active the next. */
export const retentionSchema = z.object({
  years: z.array(
    z.object({
      year: z.number().int(),
      active: z.number().int(),
      retained: z.number().int().nullable(),
      rate: z.number().nullable(),
    }),
  ),
});
export type Retention = z.infer<typeof retentionSchema>;
