import type { AtRiskList, PartnershipEngagement, Retention } from '../../../contracts/engagement.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { hasAccess } from '../access/require-access.ts';
import { readableScope } from '../reports/report-scope.ts';
import { partnershipRows } from './engagement.queries.ts';
import { loadFacts, type PartnershipFacts } from './engagement-facts.ts';
import { engagementAt, engagementHistory, monthsBefore, type RiskInput, riskReasons, suggestion } from './engagement-score.ts';

/** Partners are compared with themselves three months earlier to see a score dropping. */
const DROP_WINDOW_MONTHS = 3;

function riskOf({ row, facts, overdueActionTitle }: PartnershipFacts, now: Date, noContactMonths: number) {
  const current = engagementAt(facts, now);
  const input: RiskInput = {
    stage: row.stage,
    score: current.score,
    previousScore: engagementAt(facts, monthsBefore(now, DROP_WINDOW_MONTHS)).score,
    lastSign: row.lastInteractionAt ?? row.createdAt,
    nextStep: row.nextStep,
    nextStepOn: row.nextStepOn,
    overdueActionTitle,
  };
  const reasons = riskReasons(input, monthsBefore(now, noContactMonths), parisToday(now));
  return { current, input, reasons, suggestion: suggestion(reasons, input) };
}

export async function partnershipEngagement(
  db: Db,
  actor: Actor,
  partnershipId: string,
  noContactMonths: number,
  now = new Date(),
): Promise<PartnershipEngagement> {
  const [row] = await partnershipRows(db, { partnershipId });
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound('Le partenariat');
  const [entry] = await loadFacts(db, { partnershipId }, [row], parisToday(now));
  const { current, reasons, suggestion: next } = riskOf(entry!, now, noContactMonths);
  return {
    partnershipId,
    score: current.score,
    parts: current.parts,
    counts: current.counts,
    stage: row.stage,
    history: engagementHistory(entry!.facts, now),
    reasons,
    suggestion: next,
  };
}

/** Partnerships of the scope at risk, lowest score first, each with the suggested next step. */
export async function partnersAtRisk(
  db: Db,
  actor: Actor,
  structureId: string | undefined,
  noContactMonths: number,
  now = new Date(),
): Promise<AtRiskList> {
  const scope = await readableScope(db, actor, structureId ? [structureId] : undefined);
  const partnershipScope = { structureIds: scope.map((s) => s.id) };
  const rows = await partnershipRows(db, partnershipScope);
  const entries = await loadFacts(db, partnershipScope, rows, parisToday(now));
  const items = entries.flatMap((entry) => {
    const risk = riskOf(entry, now, noContactMonths);
    if (risk.suggestion === null) return [];
    const { row } = entry;
    return [
      {
        partnershipId: row.id,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        structureId: row.structureId,
        stage: row.stage,
        score: risk.current.score,
        previousScore: risk.input.previousScore,
        lastInteractionAt: row.lastInteractionAt?.toISOString() ?? null,
        nextStep: row.nextStep,
        nextStepOn: row.nextStepOn,
        reasons: risk.reasons,
        suggestion: risk.suggestion,
      },
    ];
  });
  items.sort((a, b) => a.score - b.score || a.organisationName.localeCompare(b.organisationName, 'fr'));
  return { months: noContactMonths, items };
}

const yearOf = (date: Date) => Number(parisToday(date).slice(0, 4));

/** Years in which each partnership was active: an interaction, an event held together, a commitment signed. */
function activeYears({ facts }: PartnershipFacts): Set<number> {
  return new Set([...facts.interactions, ...facts.events, ...facts.commitments].map(yearOf));
}

/** Of the partners active in a year, how many were active again the next (the current year has no answer yet). */
export async function retention(db: Db, actor: Actor, structureId: string | undefined, now = new Date()): Promise<Retention> {
  const scope = await readableScope(db, actor, structureId ? [structureId] : undefined);
  const partnershipScope = { structureIds: scope.map((s) => s.id) };
  const rows = await partnershipRows(db, partnershipScope);
  const years = (await loadFacts(db, partnershipScope, rows, parisToday(now))).map(activeYears);
  const thisYear = yearOf(now);
  const all = years.flatMap((set) => [...set]).filter((year) => year <= thisYear);
  if (all.length === 0) return { years: [] };
  const result = [];
  for (let year = Math.min(...all); year <= thisYear; year += 1) {
    const active = years.filter((set) => set.has(year));
    const retained = year < thisYear ? active.filter((set) => set.has(year + 1)).length : null;
    result.push({
      year,
      active: active.length,
      retained,
      rate: retained === null || active.length === 0 ? null : Math.round((retained / active.length) * 1000) / 1000,
    });
  }
  return { years: result };
}
