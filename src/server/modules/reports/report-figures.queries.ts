import { sql } from 'drizzle-orm';
import type { Indicator } from '../../../contracts/action-plans.ts';
import type { DbOrTx } from '../../db/client.ts';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The period as instants: from the start of its first Paris day to the start of the day after its last. */
export type Period = { from: string; to: string; start: Date; end: Date };
const LIVE_STAGES = sql`('committed', 'active', 'durable')`;

/** Live partnerships created by the end of the period, counted by structure, stage, sector and objective. */
export async function partnerCounts(db: DbOrTx, structureIds: string[], period: Period) {
  const scope = sql`p.deleted_at is null and p.structure_id in ${structureIds} and p.created_at < ${period.end}`;
  const [bySectorAndStage, byObjective] = await Promise.all([
    db.execute(sql`
      select p.structure_id as "structureId", p.stage, o.sector, count(*)::int as count
      from partnerships p join organisations o on o.id = p.organisation_id where ${scope} group by 1, 2, 3`),
    db.execute(sql`
      select p.structure_id as "structureId", objective, count(*)::int as count
      from partnerships p, unnest(p.objectives) objective where ${scope} group by 1, 2`),
  ]);
  return {
    bySectorAndStage: rowsOf<{ structureId: string; stage: string; sector: string; count: number }>(bySectorAndStage),
    byObjective: rowsOf<{ structureId: string; objective: string; count: number }>(byObjective),
  };
}

/** Per structure, and for all of them together (the row whose structure is null): a place is counted once. */
export async function territoryRows(db: DbOrTx, structureIds: string[], period: Period) {
  return rowsOf<{ structureId: string | null; communes: number; partnersNearQpv: number; qpvWithPartner: number }>(
    await db.execute(sql`
      select p.structure_id as "structureId",
        count(distinct o.insee_code)::int as communes,
        count(distinct o.id) filter (where o.geo_precision is distinct from 'approximate'
          and (o.qpv_code is not null or o.qpv_distance_m <= 500))::int as "partnersNearQpv",
        count(distinct o.qpv_code) filter (where o.geo_precision is distinct from 'approximate')::int as "qpvWithPartner"
      from partnerships p join organisations o on o.id = p.organisation_id
      where p.deleted_at is null and o.deleted_at is null and p.stage in ${LIVE_STAGES}
        and p.structure_id in ${structureIds} and p.created_at < ${period.end}
      group by grouping sets ((p.structure_id), ())`),
  );
}

const heldInPeriod = (period: Period) => sql`e.deleted_at is null and e.status = 'held'
  and exists (select 1 from event_slots s where s.event_id = e.id and s.starts_at >= ${period.start} and s.starts_at < ${period.end})`;

export async function heldEventCounts(db: DbOrTx, structureIds: string[], period: Period) {
  return rowsOf<{ structureId: string; held: number }>(
    await db.execute(sql`
      select e.structure_id as "structureId", count(*)::int as held from events e
      where e.structure_id in ${structureIds} and ${heldInPeriod(period)}
      group by e.structure_id`),
  );
}

/** Confirmed seats of the slots of held events in the period, by what makes them distant or not. */
export async function seatRows(db: DbOrTx, structureIds: string[], period: Period) {
  return rowsOf<{ structureId: string; relayed: boolean; postcode: string | null; seats: number; checkedIn: number }>(
    await db.execute(sql`
      select r.structure_id as "structureId", r.relay_organisation_id is not null as relayed, r.postcode,
        sum(r.headcount)::int as seats,
        coalesce(sum(r.headcount) filter (where r.checked_in_at is not null), 0)::int as "checkedIn"
      from registrations r
        join event_slots s on s.id = r.slot_id
        join events e on e.id = r.event_id
      where r.deleted_at is null and r.status = 'confirmed' and r.structure_id in ${structureIds}
        and s.starts_at >= ${period.start} and s.starts_at < ${period.end}
        and e.deleted_at is null and e.status = 'held'
      group by 1, 2, 3`),
  );
}

export async function visitorRows(db: DbOrTx, structureIds: string[], period: Period) {
  return rowsOf<{ structureId: string; visitors: number }>(
    await db.execute(sql`
      select st.structure_id as "structureId", coalesce(sum(v.visitors), 0)::int as visitors
      from stop_visits v join exhibition_stops st on st.id = v.stop_id
      where st.deleted_at is null and st.structure_id in ${structureIds} and v.day between ${period.from} and ${period.to}
      group by st.structure_id`),
  );
}

export async function participationRows(db: DbOrTx, structureIds: string[], period: Period) {
  const groups = rowsOf<{ structureId: string; groups: number }>(
    await db.execute(sql`
      select structure_id as "structureId", count(*)::int as groups from citizen_groups
      where deleted_at is null and structure_id in ${structureIds} and created_at < ${period.end}
      group by structure_id`),
  );
  const sessions = rowsOf<{ structureId: string; sessions: number; participants: number }>(
    await db.execute(sql`
      select gs.structure_id as "structureId", count(*)::int as sessions, coalesce(sum(gs.attendance), 0)::int as participants
      from group_sessions gs join citizen_groups g on g.id = gs.group_id
      where gs.deleted_at is null and g.deleted_at is null and gs.structure_id in ${structureIds}
        and gs.held_on between ${period.from} and ${period.to}
      group by gs.structure_id`),
  );
  const contributions = rowsOf<{ structureId: string; contributions: number; approved: number }>(
    await db.execute(sql`
      select structure_id as "structureId", count(*)::int as contributions,
        (count(*) filter (where status = 'approved'))::int as approved
      from contributions
      where deleted_at is null and structure_id in ${structureIds} and created_at >= ${period.start} and created_at < ${period.end}
      group by structure_id`),
  );
  return { groups, sessions, contributions };
}

/** Live actions of the structures' plans, and how many organisations committed to each. */
export async function actionRows(db: DbOrTx, structureIds: string[]) {
  return rowsOf<{ structureId: string; status: string; deadline: string | null; indicators: Indicator[]; commitments: number }>(
    await db.execute(sql`
      select a.structure_id as "structureId", a.status, a.deadline::text as deadline, a.indicators,
        (select count(*) from action_commitments c where c.action_id = a.id and c.deleted_at is null)::int as commitments
      from plan_actions a join action_plans pl on pl.id = a.plan_id
      where a.deleted_at is null and pl.deleted_at is null and a.structure_id in ${structureIds}`),
  );
}

/** Held events of the period, one row per event, for the open-data file and the report's table. */
export async function heldEventList(db: DbOrTx, structureIds: string[], period: Period) {
  return rowsOf<HeldEventRow>(
    await db.execute(sql`
      with held as (
        select e.* from events e where e.structure_id in ${structureIds} and ${heldInPeriod(period)}
      ), slots as (
        select s.event_id, min(s.starts_at) as "startsAt", max(s.ends_at) as "endsAt", count(*)::int as slots
        from event_slots s join held on held.id = s.event_id group by s.event_id
      ), seats as (
        select r.event_id, sum(r.headcount)::int as "confirmedSeats",
          coalesce(sum(r.headcount) filter (where r.checked_in_at is not null), 0)::int as "checkedInSeats"
        from registrations r join held on held.id = r.event_id
        where r.deleted_at is null and r.status = 'confirmed' group by r.event_id
      )
      select e.id, e.title, e.format, e.publics, e.accessibility, e.attendance_mode as "attendanceMode",
        st.code as "structureCode", st.name as "structureName",
        coalesce(o.postcode, '') as postcode, coalesce(o.city, '') as city, o.insee_code as "inseeCode", o.name as "venueName",
        m.title as "moduleTitle", sl."startsAt", sl."endsAt", sl.slots,
        coalesce(se."confirmedSeats", 0) as "confirmedSeats", coalesce(se."checkedInSeats", 0) as "checkedInSeats"
      from held e
        join slots sl on sl.event_id = e.id
        join structures st on st.id = e.structure_id
        left join seats se on se.event_id = e.id
        left join organisations o on o.id = e.venue_id
        left join exhibition_modules m on m.id = e.module_id
      order by sl."startsAt", e.title`),
  );
}
export type HeldEventRow = {
  id: string;
  title: string;
  format: string;
  publics: string[];
  accessibility: string[];
  attendanceMode: string;
  structureCode: string;
  structureName: string;
  postcode: string;
  city: string;
  inseeCode: string | null;
  venueName: string | null;
  moduleTitle: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  slots: number;
  confirmedSeats: number;
  checkedInSeats: number;
};
