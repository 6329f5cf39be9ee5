import type { Report, ReportFigures, ReportQuery } from '../../../contracts/reports.ts';
import { OBJECTIVES, SECTORS, STAGES } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { addDays, parisLocalToDate, parisToday } from '../../lib/paris-time.ts';
import { isOverdue } from '../action-plans/action-views.ts';
import { qpvPlaceCodes } from '../registrations/registrations.queries.ts';
import { territoryFromPostcode } from '../territory/geography.ts';
import {
  actionRows,
  heldEventCounts,
  type Period,
  participationRows,
  partnerCounts,
  seatRows,
  territoryRows,
  visitorRows,
} from './report-figures.queries.ts';
import { readableScope } from './report-scope.ts';

export function periodOf(query: Pick<ReportQuery, 'from' | 'to'>, now = new Date()): Period {
  const to = query.to ?? parisToday(now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  return { from, to, start: parisLocalToDate(`${from}T00:00`), end: parisLocalToDate(`${addDays(to, 1)}T00:00`) };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

function emptyFigures(): ReportFigures {
  return {
    partners: { total: 0, byStage: [], bySector: [], byObjective: [] },
    territory: { communes: 0, partnersNearQpv: 0, qpvWithPartner: 0 },
    events: { held: 0, confirmedSeats: 0, checkedInSeats: 0, distantSeats: 0, distantShare: 0, exhibitionVisitors: 0 },
    participation: { groups: 0, sessions: 0, participants: 0, contributions: 0, approved: 0 },
    actionPlan: { actions: 0, done: 0, inProgress: 0, overdue: 0, commitments: 0, indicatorProgress: null },
  };
}

/** Mean of min(actual / target, 1) over the indicators that have a target. */
export function indicatorProgress(indicators: { target: number; actual: number }[]): number | null {
  const measured = indicators.filter((indicator) => indicator.target > 0);
  if (measured.length === 0) return null;
  const sum = measured.reduce((total, indicator) => total + Math.min(indicator.actual / indicator.target, 1), 0);
  return Math.round((sum / measured.length) * 1000) / 1000;
}

/**
 * The programme's figures for a period, per structure and for all of them: every query groups by
 * structure, so the cost does not grow with the number of structures.
 */
export async function buildReport(db: Db, actor: Actor, query: ReportQuery, now = new Date()): Promise<Report> {
  const period = periodOf(query, now);
  const structures = await readableScope(db, actor, query.structureId);
  const ids = structures.map((s) => s.id);
  const figures = new Map<string | null, ReportFigures>([null, ...ids].map((id) => [id, emptyFigures()]));
  const each = (structureId: string, apply: (f: ReportFigures) => void) => {
    apply(figures.get(structureId)!);
    apply(figures.get(null)!);
  };
  if (ids.length > 0) {
    const today = parisToday(now);
    const [partners, territory, held, seats, visitors, participation, actions, qpvPlaces] = await Promise.all([
      partnerCounts(db, ids, period),
      territoryRows(db, ids, period),
      heldEventCounts(db, ids, period),
      seatRows(db, ids, period),
      visitorRows(db, ids, period),
      participationRows(db, ids, period),
      actionRows(db, ids),
      qpvPlaceCodes(db),
    ]);
    for (const id of [null, ...ids]) {
      const mine = partners.bySectorAndStage.filter((p) => id === null || p.structureId === id);
      const objectives = partners.byObjective.filter((p) => id === null || p.structureId === id);
      figures.get(id)!.partners = {
        total: sum(mine),
        byStage: STAGES.map((key) => ({ key, count: sum(mine.filter((p) => p.stage === key)) })),
        bySector: SECTORS.map((key) => ({ key, count: sum(mine.filter((p) => p.sector === key)) })),
        byObjective: OBJECTIVES.map((key) => ({ key, count: sum(objectives.filter((p) => p.objective === key)) })),
      };
    }
    for (const row of territory) {
      const { communes, partnersNearQpv, qpvWithPartner } = row;
      figures.get(row.structureId)!.territory = { communes, partnersNearQpv, qpvWithPartner };
    }
    for (const row of held) each(row.structureId, (f) => (f.events.held += row.held));
    for (const row of seats) {
      const place = territoryFromPostcode(row.postcode);
      const distant = row.relayed || (place !== undefined && qpvPlaces.has(place.code));
      each(row.structureId, (f) => {
        f.events.confirmedSeats += row.seats;
        f.events.checkedInSeats += row.checkedIn;
        if (distant) f.events.distantSeats += row.seats;
      });
    }
    for (const row of visitors) each(row.structureId, (f) => (f.events.exhibitionVisitors += row.visitors));
    for (const row of participation.groups) each(row.structureId, (f) => (f.participation.groups += row.groups));
    for (const row of participation.sessions) {
      each(row.structureId, (f) => {
        f.participation.sessions += row.sessions;
        f.participation.participants += row.participants;
      });
    }
    for (const row of participation.contributions) {
      each(row.structureId, (f) => {
        f.participation.contributions += row.contributions;
        f.participation.approved += row.approved;
      });
    }
    for (const row of actions) {
      each(row.structureId, (f) => {
        f.actionPlan.actions += 1;
        if (row.status === 'done') f.actionPlan.done += 1;
        if (row.status === 'in_progress') f.actionPlan.inProgress += 1;
        if (isOverdue({ status: row.status as 'planned', deadline: row.deadline }, today)) f.actionPlan.overdue += 1;
        f.actionPlan.commitments += row.commitments;
      });
    }
    for (const id of [null, ...ids]) {
      const f = figures.get(id)!;
      f.events.distantShare = ratio(f.events.distantSeats, f.events.confirmedSeats);
      const mine = id === null ? actions : actions.filter((a) => a.structureId === id);
      f.actionPlan.indicatorProgress = indicatorProgress(mine.flatMap((a) => a.indicators));
    }
  }
  return {
    from: period.from,
    to: period.to,
    structures: structures.map(({ id, code, name }) => ({ id, code, name })),
    totals: figures.get(null)!,
    perStructure: ids.map((structureId) => ({ structureId, figures: figures.get(structureId)! })),
  };
}
