import type { EngagementParts, RiskReason } from '../../../contracts/engagement.ts';
import type { STAGES } from '../../../contracts/vocabulary.ts';

type Stage = (typeof STAGES)[number];

/** What the score is computed from, for one partnership (an organisation followed by a structure). */
export type EngagementFacts = {
  createdAt: Date;
  stage: Stage;
  /** Ascending. */
  stageChanges: { at: Date; toStage: Stage }[];
  interactions: Date[];
  /** First slot of each held event of the structure where the organisation took part (any role). */
  events: Date[];
  /** Confirmed seats the organisation brought as a relay, dated by their slot. */
  publics: { at: Date; seats: number }[];
  /** Signing days (or creation) of its live commitments to actions of the structure not dropped. */
  commitments: Date[];
};

export const WINDOW_MONTHS = 12;
export const PART_MAX = 20;
export const STAGE_POINTS: Record<Stage, number> = {
  identified: 0,
  contacted: 5,
  in_discussion: 10,
  committed: 15,
  active: 20,
  durable: 20,
  declined: 0,
  dormant: 0,
};
/** A fall of this many points over three months marks the partner as at risk. */
export const DROP_POINTS = 10;

export function monthsBefore(at: Date, months: number): Date {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

const capped = (points: number) => Math.min(PART_MAX, points);

export function stageAt(facts: EngagementFacts, at: Date): Stage {
  if (facts.stageChanges.length === 0) return facts.stage;
  let stage: Stage = 'identified';
  for (const change of facts.stageChanges) if (change.at <= at) stage = change.toStage;
  return stage;
}

/**
 * The score on a day, 0 to 100, in five parts of 20 points over the 12 months before it:
 * 4 per interaction, 10 per event held together, 1 per 5 seats brought as a relay,
 * 10 per commitment signed (not limited to 12 months: a commitment lasts), and the stage reached.
 */
export function engagementAt(facts: EngagementFacts, at: Date): { score: number; parts: EngagementParts; counts: Counts } {
  const since = monthsBefore(at, WINDOW_MONTHS);
  const within = (date: Date) => date > since && date <= at;
  const counts: Counts = {
    interactions: facts.interactions.filter(within).length,
    events: facts.events.filter(within).length,
    people: facts.publics.filter((p) => within(p.at)).reduce((sum, p) => sum + p.seats, 0),
    commitments: facts.commitments.filter((date) => date <= at).length,
  };
  const parts: EngagementParts = {
    interactions: capped(4 * counts.interactions),
    events: capped(10 * counts.events),
    publics: capped(Math.floor(counts.people / 5)),
    commitments: capped(10 * counts.commitments),
    stage: facts.createdAt <= at ? STAGE_POINTS[stageAt(facts, at)] : 0,
  };
  const score = parts.interactions + parts.events + parts.publics + parts.commitments + parts.stage;
  return { score, parts, counts };
}
export type Counts = { interactions: number; events: number; people: number; commitments: number };

/** "2026-11" for the month of this instant in UTC. */
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The score at the end of each of the last 12 months, the current month ending now. */
export function engagementHistory(facts: EngagementFacts, now: Date) {
  const points = [];
  for (let back = WINDOW_MONTHS - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - 1);
    const at = end < now ? end : now;
    const { score, parts } = engagementAt(facts, at);
    points.push({ month: monthOf(start), score, parts });
  }
  return points;
}

export type RiskInput = {
  stage: Stage;
  score: number;
  previousScore: number;
  lastSign: Date;
  nextStep: string | null;
  nextStepOn: string | null;
  overdueActionTitle: string | null;
};

/** Why a partnership is at risk (none when it is not, or when it is declined). */
export function riskReasons(input: RiskInput, noContactCutoff: Date, today: string): RiskReason[] {
  if (input.stage === 'declined') return [];
  const reasons: RiskReason[] = [];
  if (input.previousScore - input.score >= DROP_POINTS) reasons.push('score_dropping');
  if (input.lastSign < noContactCutoff) reasons.push('no_interaction');
  if (input.nextStepOn !== null && input.nextStepOn < today) reasons.push('next_step_overdue');
  if (input.overdueActionTitle !== null) reasons.push('commitment_overdue');
  return reasons;
}

/** The most pressing next step: the overdue one first, then the overdue commitment, a contact, an event together. */
export function suggestion(reasons: RiskReason[], input: RiskInput) {
  if (reasons.includes('next_step_overdue')) return { kind: 'do_next_step' as const, detail: input.nextStep };
  if (reasons.includes('commitment_overdue')) return { kind: 'review_commitment' as const, detail: input.overdueActionTitle };
  if (reasons.includes('no_interaction')) return { kind: 'get_in_touch' as const, detail: null };
  if (reasons.includes('score_dropping')) return { kind: 'propose_event' as const, detail: null };
  return null;
}
