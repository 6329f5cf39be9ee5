import { describe, expect, it } from 'vitest';
import { type EngagementFacts, engagementAt, engagementHistory, riskReasons, suggestion } from './engagement-score.ts';

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
const NOW = d('2026-11-30');

/** A partner followed since June 2025: committed in March 2026, active since September. */
const facts: EngagementFacts = {
  createdAt: d('2025-06-01'),
  stage: 'active',
  stageChanges: [
    { at: d('2025-06-01'), toStage: 'identified' },
    { at: d('2026-03-01'), toStage: 'committed' },
    { at: d('2026-09-01'), toStage: 'active' },
  ],
  interactions: [d('2026-10-01'), d('2026-06-15'), d('2026-02-01'), d('2025-10-01')],
  events: [d('2026-05-10'), d('2026-09-20')],
  publics: [
    { at: d('2026-09-20'), seats: 23 },
    { at: d('2026-05-10'), seats: 8 },
  ],
  commitments: [d('2026-03-15')],
};

describe('engagement score', () => {
  it('adds five parts computed by hand', () => {
    // 3 interactions in the 12 months (Oct 2025 is out) × 4 = 12; 2 events × 10 = 20; 31 seats / 5 = 6;
    // 1 commitment × 10 = 10; stage active = 20. Total 68.
    expect(engagementAt(facts, NOW)).toEqual({
      score: 68,
      parts: { interactions: 12, events: 20, publics: 6, commitments: 10, stage: 20 },
      counts: { interactions: 3, events: 2, people: 31, commitments: 1 },
    });
    // Three months earlier: Oct 2025 is back in, one event (8 seats: 1 point), stage committed = 15. Total 48.
    expect(engagementAt(facts, d('2026-08-30'))).toMatchObject({
      score: 48,
      parts: { interactions: 12, events: 10, publics: 1, commitments: 10, stage: 15 },
    });
  });

  it('caps each part at 20 and counts nothing before the partnership existed for the stage', () => {
    const busy: EngagementFacts = { ...facts, interactions: Array.from({ length: 7 }, () => d('2026-11-01')), commitments: [] };
    expect(engagementAt(busy, NOW).parts.interactions).toBe(20);
    expect(engagementAt(facts, d('2025-05-01')).parts.stage).toBe(0);
  });

  it('gives one point per month, the last ending now', () => {
    const history = engagementHistory(facts, NOW);
    expect(history).toHaveLength(12);
    expect(history[0]!.month).toBe('2025-12');
    expect(history[11]).toMatchObject({ month: '2026-11', score: 68 });
    expect(history.find((p) => p.month === '2026-08')!.score).toBe(48);
  });
});

describe('partners at risk', () => {
  const input = {
    stage: 'active' as const,
    score: 30,
    previousScore: 45,
    lastSign: d('2026-04-01'),
    nextStep: 'Envoyer la convention',
    nextStepOn: '2026-11-01',
    overdueActionTitle: 'Ateliers au collège',
  };
  const cutoff = d('2026-05-30');

  it('names every reason and suggests the overdue next step first', () => {
    const reasons = riskReasons(input, cutoff, '2026-11-30');
    expect(reasons).toEqual(['score_dropping', 'no_interaction', 'next_step_overdue', 'commitment_overdue']);
    expect(suggestion(reasons, input)).toEqual({ kind: 'do_next_step', detail: 'Envoyer la convention' });
  });

  it('suggests by priority: commitment, contact, then an event together', () => {
    const calm = { ...input, nextStepOn: null, overdueActionTitle: null, lastSign: d('2026-11-01'), previousScore: 39 };
    expect(riskReasons(calm, cutoff, '2026-11-30')).toEqual([]);
    const dropping = { ...calm, previousScore: 40 };
    expect(suggestion(riskReasons(dropping, cutoff, '2026-11-30'), dropping)).toEqual({ kind: 'propose_event', detail: null });
    const silent = { ...calm, lastSign: d('2026-05-29') };
    expect(suggestion(riskReasons(silent, cutoff, '2026-11-30'), silent)).toEqual({ kind: 'get_in_touch', detail: null });
    const late = { ...silent, overdueActionTitle: 'Ateliers' };
    expect(suggestion(riskReasons(late, cutoff, '2026-11-30'), late)).toEqual({ kind: 'review_commitment', detail: 'Ateliers' });
    expect(riskReasons({ ...input, stage: 'declined' }, cutoff, '2026-11-30')).toEqual([]);
  });
});
