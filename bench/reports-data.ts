import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';

/** Sizes of the generated programme (issue 6): scaled by BENCH_SCALE. */
export function sizes(scale: number) {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  return {
    partners: n(10_000),
    interactions: n(30_000),
    events: n(2_000),
    registrations: n(50_000),
    groups: n(200),
    contributions: n(5_000),
    actions: n(400),
  };
}
export type Sizes = ReturnType<typeof sizes>;

/**
 * Writes a programme over the last two years straight in SQL (generate_series): 9 structures, their
 * partnerships with stage history and interactions, held events with a slot, partners and registrations
 * (a quarter relayed), citizen groups with sessions and contributions, and action plans with commitments.
 */
export async function loadProgramme(database: Database, size: Sizes): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => database.db.execute(statement);
  await run(sql`insert into structures (code, name, kind, departement)
    select d, 'Structure ' || d, 'local', d from unnest(array['75','77','78','91','92','93','94','95']) d`);
  await run(sql`insert into structures (code, name, kind) values ('COORD', 'Coordination', 'coordination')`);
  await run(
    sql`create temporary table bench_structures as select row_number() over (order by code) - 1 as k, id from structures where kind = 'local'`,
  );
  await run(sql`insert into organisations (name, sector, postcode, city, insee_code, qpv_code, qpv_distance_m, geo_precision)
    select 'Organisation ' || i,
      (array['cultural','scientific','educational','economic','institutional','social','media'])[1 + i % 7],
      '750' || lpad((1 + i % 20)::text, 2, '0'), 'Paris', '751' || lpad((1 + i % 20)::text, 2, '0'),
      case when i % 9 = 0 then 'QN075' || (i % 40) end, (i % 2000), 'point'
    from generate_series(1, ${size.partners}) i`);
  await run(sql`insert into partnerships (organisation_id, structure_id, stage, objectives, created_at, next_step, next_step_on)
    select o.id, s.id,
      (array['identified','contacted','in_discussion','committed','active','durable','declined','dormant'])[1 + o.n % 8],
      case when o.n % 3 = 0 then array['distant_publics'] else array['cultural_openness','scientific_openness'] end,
      now() - ((o.n % 700) || ' days')::interval,
      case when o.n % 10 = 0 then 'Relancer' end,
      case when o.n % 10 = 0 then current_date - (o.n % 30)::int end
    from (select id, row_number() over (order by name) as n from organisations) o
    join bench_structures s on s.k = o.n % 8`);
  await run(sql`insert into partnership_stage_changes (partnership_id, from_stage, to_stage, at)
    select id, null, stage, created_at from partnerships`);
  await run(sql`insert into interactions (structure_id, kind, occurred_at, summary, organisation_id, partnership_id)
    select p.structure_id, 'call', now() - ((i % 700) || ' days')::interval, 'Appel', p.organisation_id, p.id
    from generate_series(1, ${size.interactions}) i
    join (select id, structure_id, organisation_id, row_number() over (order by id) - 1 as n from partnerships) p
      on p.n = i % ${size.partners}`);
  await run(sql`insert into events (structure_id, title, format, status, venue_id, publics)
    select s.id, 'Événement ' || i, (array['debate','workshop','urban_walk','screening'])[1 + i % 4],
      case when i % 5 = 0 then 'planned' else 'held' end,
      o.id, array['general']
    from generate_series(1, ${size.events}) i join bench_structures s on s.k = i % 8
    join (select id, row_number() over (order by id) - 1 as n from organisations) o on o.n = i % ${size.partners}`);
  await run(sql`insert into event_slots (event_id, starts_at, ends_at, capacity)
    select id, now() - ((row_number() over (order by id) % 330) || ' days')::interval,
      now() - ((row_number() over (order by id) % 330) || ' days')::interval + interval '2 hours', 60 from events`);
  await run(sql`insert into event_partners (event_id, organisation_id, role)
    select e.id, p.organisation_id, 'co_organiser'
    from (select id, structure_id, row_number() over (order by id) as n from events) e
    join lateral (select organisation_id from partnerships where structure_id = e.structure_id offset (e.n % 50) limit 1) p on true`);
  await run(sql`insert into registrations (slot_id, event_id, structure_id, status, name, email, headcount, consent_at,
      relay_organisation_id, postcode, check_in_code, checked_in_at)
    select s.id, s.event_id, e.structure_id, case when i % 10 = 0 then 'cancelled' else 'confirmed' end,
      'Inscrit ' || i, 'inscrit' || i || '@exemple.localhost', 1 + i % 3, now(),
      case when i % 4 = 0 then e.venue_id end, '750' || lpad((1 + i % 20)::text, 2, '0'), md5(i::text),
      case when i % 3 = 0 then now() end
    from generate_series(1, ${size.registrations}) i
    join (select id, event_id, row_number() over (order by id) - 1 as n from event_slots) s on s.n = i % ${size.events}
    join events e on e.id = s.event_id`);
  await run(sql`insert into citizen_groups (structure_id, name, form_token)
    select s.id, 'Groupe ' || i, md5('groupe' || i) from generate_series(1, ${size.groups}) i join bench_structures s on s.k = i % 8`);
  await run(sql`insert into group_sessions (group_id, structure_id, held_on, attendance)
    select g.id, g.structure_id, current_date - (k * 40), 8 + k from citizen_groups g, generate_series(1, 5) k`);
  await run(sql`insert into contributions (structure_id, group_id, kind, text, author_name, age_bracket, minor, consent, status, created_at)
    select g.structure_id, g.id, 'testimony', 'Contribution ' || i, 'Habitant', '30_59', false, true,
      (array['pending','approved','rejected'])[1 + i % 3], now() - ((i % 300) || ' days')::interval
    from generate_series(1, ${size.contributions}) i
    join (select id, structure_id, row_number() over (order by id) - 1 as n from citizen_groups) g on g.n = i % ${size.groups}`);
  await run(sql`insert into action_plans (structure_id, title) select id, 'Plan local' from bench_structures`);
  await run(sql`insert into plan_actions (plan_id, structure_id, title, status, deadline, indicators)
    select pl.id, pl.structure_id, 'Action ' || i, (array['planned','in_progress','done'])[1 + i % 3], current_date + (i % 120) - 60,
      jsonb_build_array(jsonb_build_object('label', 'Personnes', 'target', 100, 'actual', i % 150))
    from generate_series(1, ${size.actions}) i
    join (select id, structure_id, row_number() over (order by id) - 1 as n from action_plans) pl on pl.n = i % 8`);
  await run(sql`insert into action_commitments (action_id, structure_id, organisation_id, type, signed_on)
    select a.id, a.structure_id, p.organisation_id, 'co_organise', current_date - (a.n % 200)::int
    from (select id, structure_id, row_number() over (order by id) as n from plan_actions) a
    join lateral (select organisation_id from partnerships where structure_id = a.structure_id offset (a.n % 40) limit 1) p on true`);
  await run(sql`analyze`);
}
