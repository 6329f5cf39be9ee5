import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { DiscoverySearchQuery } from '../../../contracts/discovery.ts';
import { SCORE_WEIGHTS } from '../../../contracts/discovery.ts';
import type { DbOrTx } from '../../db/client.ts';
import { directoryEntries, discoveryDismissals, discoveryLexicons, partnerships } from '../../db/schema/index.ts';
import { frenchQuery } from '../../db/text-search.ts';
import { boxAround, PLANAR_LONGITUDE_SCALE, type PlanarBox, radiusBoxesWithin } from './radius-boxes.ts';

/** What the structure's network already covers, to tell a candidate that fills a gap. */
export type Coverage = { sectors: string[]; inseeCodes: string[]; sectorsOfUncoveredObjectives: string[] };
export type Origin = { latitude: number; longitude: number };
export type SearchPlan = {
  query: DiscoverySearchQuery;
  qTerms: string | null;
  lexiconTerms: string | null;
  origin: Origin | null;
  coverage: Coverage;
};

/** Both drivers answer `execute` with `{ rows }`; drizzle types it loosely. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Partnerships that count as the network: not declined, not dormant. */
const LIVE_STAGES = sql`('identified','contacted','in_discussion','committed','active','durable')`;

export async function networkCoverage(db: DbOrTx, structureId: string) {
  const result = await db.execute(sql`
    select o.sector, o.insee_code, p.objectives from partnerships p join organisations o on o.id = p.organisation_id
    where p.structure_id = ${structureId} and p.deleted_at is null and o.deleted_at is null and p.stage in ${LIVE_STAGES}`);
  return rowsOf<{ sector: string; insee_code: string | null; objectives: string[] }>(result);
}

const distanceKm = (origin: Origin) =>
  sql`(6371 * 2 * asin(sqrt(power(sin(radians(c.latitude - ${origin.latitude}) / 2), 2) + cos(radians(${origin.latitude})) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ${origin.longitude}) / 2), 2))))`;
/** A candidate's position as the directory's GiST index holds it (see radius-boxes.ts). */
const planarPoint = sql.raw(`point(c.longitude * ${PLANAR_LONGITUDE_SCALE}, c.latitude)`);
const boxLiteral = ({ minX, minY, maxX, maxY }: PlanarBox) => sql.raw(`box(point(${minX}, ${minY}), point(${maxX}, ${maxY}))`);
const insideAny = (boxes: PlanarBox[]) =>
  boxes.length
    ? sql`(${sql.join(
        boxes.map((box) => sql`${planarPoint} <@ ${boxLiteral(box)}`),
        sql` or `,
      )})`
    : sql`false`;
const textArray = (values: string[]) => sql`array[${sql.join(values.length ? values.map((v) => sql`${v}`) : [sql`''`], sql`, `)}]::text[]`;

/** Directory entries the structure has not dismissed. */
function entryCandidates(structureId: string): SQL {
  return sql`
    select 'entry' as kind, e.id, e.name, e.sector, e.city, e.postcode, e.insee_code, e.latitude, e.longitude, e.qpv_code,
      e.qpv_distance_meters as qpv_m, e.publics, e.description, e.source, e.search, e.organisation_id
    from directory_entries e
    where e.deleted_at is null
      and not exists (select 1 from discovery_dismissals d where d.entry_id = e.id and d.structure_id = ${structureId} and d.deleted_at is null)`;
}

/** Organisations the structure does not follow yet, unless an entry stands for them. */
function organisationCandidates(structureId: string): SQL {
  return sql`
    select 'organisation' as kind, o.id, o.name, o.sector, o.city, o.postcode, o.insee_code, o.latitude, o.longitude, o.qpv_code,
      o.qpv_distance_m as qpv_m, o.publics, o.description, o.source, o.search, o.id as organisation_id
    from organisations o
    where o.deleted_at is null
      and not exists (select 1 from partnerships p where p.organisation_id = o.id and p.structure_id = ${structureId} and p.deleted_at is null)
      and not exists (select 1 from directory_entries e2 where e2.organisation_id = o.id and e2.deleted_at is null)`;
}

/** The directory's vector also holds each entry's territory as a term (migration 0019); the organisations' does not. */
type Source = 'entries' | 'organisations';
/** The territories asked for, as those terms ('insee75117'); codes are checked by the contract. */
const territoryTerms = (codes: string[]) => sql`${codes.map((code) => `insee${code}`).join(' | ')}::tsquery`;

/**
 * The rows passing the filters. On the directory, the words typed and the territories are one
 * full-text condition: its index answers both in one pass, skipping through a commune's list,
 * instead of collecting every row of a common word and of a commune to intersect them.
 */
function filters(plan: SearchPlan, source: Source): SQL[] {
  const { query } = plan;
  const where: SQL[] = [];
  const words = plan.qTerms;
  const territoryInWords = source === 'entries' && Boolean(words) && Boolean(query.territory);
  if (words)
    where.push(
      territoryInWords
        ? sql`c.search @@ (${frenchQuery(words)} && ${territoryTerms(query.territory!)})`
        : sql`c.search @@ ${frenchQuery(words)}`,
    );
  if (query.sector) where.push(sql`c.sector = ${query.sector}`);
  if (query.territory && !territoryInWords) where.push(sql`c.insee_code = any(${textArray(query.territory)})`);
  if (query.near) {
    const [latitude, longitude, km] = query.near;
    const within = query.territory ? radiusBoxesWithin(latitude, longitude, km, query.territory) : null;
    where.push(insideAny(within ?? [boxAround(latitude, longitude, km)]));
    where.push(sql`${distanceKm({ latitude, longitude })} <= ${km}`);
  }
  if (query.qpv === 'in') where.push(sql`c.qpv_code is not null`);
  if (query.qpv === 'near') where.push(sql`(c.qpv_code is not null or c.qpv_m <= 1000)`);
  if (query.publics) where.push(sql`c.publics && ${textArray(query.publics)}`);
  return where;
}

const themeQueryOf = (plan: SearchPlan) =>
  [plan.qTerms, plan.lexiconTerms]
    .filter(Boolean)
    .map((t) => `(${t})`)
    .join(' | ');

const reachOf = sql`greatest(
      case when c.qpv_code is not null then 1 when c.qpv_m <= 500 then 0.7 when c.qpv_m <= 1000 then 0.4 else 0 end,
      case when c.publics && array['priority_neighbourhoods','newcomers','job_seekers','disabilities','seniors']::text[] then 0.6 else 0 end
    )`;

function gapsOf(coverage: Coverage) {
  return {
    sector: sql`(c.sector <> all(${textArray(coverage.sectors)}))`,
    territory: sql`(c.insee_code is not null and c.insee_code <> all(${textArray(coverage.inseeCodes)}))`,
    objective: sql`(c.sector = any(${textArray(coverage.sectorsOfUncoveredObjectives)}))`,
  };
}

/**
 * The score without its costly parts, to pick the shortlist: a theme match counts whole (no ts_rank)
 * and the distance is planar (no trigonometry per row). Same weights as the score.
 */
function preRank(plan: SearchPlan, w: Weights): SQL {
  const themeQuery = themeQueryOf(plan);
  const theme = themeQuery ? sql`(c.search @@ ${frenchQuery(themeQuery)})::int` : sql`0`;
  const { origin } = plan;
  const proximity = origin
    ? sql`coalesce(1 / (1 + sqrt(power((c.latitude - ${origin.latitude}) * 111.2, 2) + power((c.longitude - ${origin.longitude}) * ${111.2 * Math.cos((origin.latitude * Math.PI) / 180)}, 2)) / 2), 0)`
    : sql`0`;
  const gap = gapsOf(plan.coverage);
  return sql`${w.theme} * ${theme} + ${w.proximity} * ${proximity} + ${w.reach} * ${reachOf}
    + ${w.gap} * (${gap.sector}::int + ${gap.territory}::int + ${gap.objective}::int) / 3.0`;
}

/** Each component from 0 to 1; the README's discovery section gives the formulas. */
function components(plan: SearchPlan): SQL {
  const themeQuery = themeQueryOf(plan);
  const rank = themeQuery ? sql`ts_rank(c.search, ${frenchQuery(themeQuery)})` : sql`0`;
  const distance = plan.origin ? distanceKm(plan.origin) : sql`null::float8`;
  const gap = gapsOf(plan.coverage);
  return sql`
    ${rank} / (${rank} + 0.1) as theme,
    ${distance} as distance_km,
    case when c.latitude is null then 0 else coalesce(1 / (1 + ${distance} / 2), 0) end as proximity,
    ${reachOf} as reach,
    ${gap.sector} as sector_gap,
    ${gap.territory} as territory_gap,
    ${gap.objective} as objective_gap`;
}

export type CandidateRow = {
  kind: 'entry' | 'organisation';
  id: string;
  name: string;
  sector: string;
  city: string | null;
  postcode: string | null;
  insee_code: string | null;
  latitude: number | null;
  longitude: number | null;
  qpv_code: string | null;
  description: string | null;
  source: string;
  organisation_id: string | null;
  known_stage: string | null;
  theme: number;
  distance_km: number | null;
  proximity: number;
  reach: number;
  sector_gap: boolean;
  territory_gap: boolean;
  objective_gap: boolean;
  score: number;
  /** Size of the shortlist: how many candidates are ranked and can be paged through. */
  ranked: number;
};

type Weights = Record<keyof typeof SCORE_WEIGHTS, SQL>;
// Constants, written into the statement: as parameters their type would be guessed from the other operand.
const WEIGHTS = Object.fromEntries(Object.entries(SCORE_WEIGHTS).map(([key, value]) => [key, sql.raw(String(value))])) as Weights;

const whereOf = (plan: SearchPlan, source: Source) => {
  const where = filters(plan, source);
  return where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
};

/** Rows taken from each index walk of the directory before exact scoring. */
const NEAREST = 300;
const THEMED = 300;
const REACHING = 100;
/** Organisations of the shared directory kept by the pre-ranking (a table of thousands, not millions). */
const ORGANISATIONS = 300;

/**
 * How the shortlist walks the directory. Entries located from their commune share its centroid (an
 * RNA file has no coordinates), so the directory is dense in a few points, and the planner, which
 * assumes rows spread evenly, misjudges walks that filter as they go:
 *   - by default, the GiST index read outward from the origin (k-nearest), stopping at the limit;
 *   - within a radius, the same walk, held to the radius's box as an index condition; the planner
 *     would rather collect every row of the box and sort them, which `enable_bitmapscan = off`
 *     forbids for that statement (`bitmapsOff`);
 *   - within territories, the first rows their indexes give: a walk outward from the origin would
 *     pass over whole neighbouring communes, all at their centroid, before reaching them, and
 *     sorting every row of a commune by distance reads them all. Distances inside a commune or
 *     arrondissement differ little; the score still counts them exactly, for the candidates
 *     shortlisted. Without words nor radius, each commune's index read in its order, stopping at
 *     the limit (`walked`): collecting the ~40,000 rows of a commune in a bitmap first cost 20
 *     times more. With words, the full-text index answers words and territory at once (`filters`);
 *     with a radius, the territories' parts of it (`radiusBoxesWithin`).
 */
type Walk = { order: SQL | null; bitmapsOff: boolean; eachTerritory: boolean };

function walkOf(plan: SearchPlan): Walk {
  const { origin, query } = plan;
  if (!origin) return { order: sql`c.id`, bitmapsOff: false, eachTerritory: false };
  if (query.territory) {
    if (plan.qTerms || query.near) return { order: null, bitmapsOff: false, eachTerritory: false };
    if (query.territory.length === 1) return { order: sql`c.insee_code`, bitmapsOff: false, eachTerritory: false };
    // Several: in index order the first code's rows would fill every walk. The nearest walk takes each
    // territory's rows in turns (`walked`); the others, rows as the table holds them.
    return { order: null, bitmapsOff: false, eachTerritory: true };
  }
  const distance = sql`${planarPoint} <-> point(${sql.raw(String(origin.longitude * PLANAR_LONGITUDE_SCALE))}, ${sql.raw(String(origin.latitude))})`;
  return { order: distance, bitmapsOff: Boolean(query.near), eachTerritory: false };
}

/**
 * The entries the count and the shortlist share: the first `cap` passing the filters, in the walk's
 * order (its key kept, to take the nearest of them again). Walked once: the count is theirs, the
 * nearest walk of the shortlist their head, so a common word's index is read once, not twice.
 * Several territories without words nor radius: each one's index in order, stopping at the cap, the
 * rows taken in turns (the key is their rank within their territory), so that none fills the head alone.
 */
function walked(plan: SearchPlan, walk: Walk, cap: number): SQL {
  const limit = sql.raw(String(cap));
  if (walk.eachTerritory) {
    // `= any(array[…])`, not `=`: with an equality the planner sees the order as given and collects
    // the commune's rows in a bitmap first (40 ms each), instead of reading its index up to the cap.
    const where = sql.join([...filters(plan, 'entries'), sql`c.insee_code = any(array[t.code])`], sql` and `);
    return sql`select w.kind, w.id, w.walk_key from unnest(${textArray(plan.query.territory!)}) as t(code)
      cross join lateral (select x.kind, x.id, row_number() over () as walk_key from (
        select c.kind, c.id from (${entryCandidates(plan.query.structureId)}) c where ${where}
        order by c.insee_code limit ${limit}) x) w
      order by w.walk_key limit ${limit}`;
  }
  return sql`select c.kind, c.id${walk.order ? sql`, ${walk.order} as walk_key` : sql``}
    from (${entryCandidates(plan.query.structureId)}) c ${whereOf(plan, 'entries')}
    ${walk.order ? sql`order by ${walk.order}` : sql``} limit ${limit}`;
}

/**
 * The shortlist, as kinds and ids only (the walks sort narrow rows, not descriptions and vectors):
 * directory entries found by index walks (nearest to the origin, the head of `walked`; nearest matching
 * the theme; nearest in or near a QPV), all passing the filters, and the best organisations by
 * the pre-ranking. Never a scan of the whole directory when an index can answer.
 */
function shortlist(plan: SearchPlan, walk: Walk): SQL {
  const entries = (extra: SQL, limit: number) => sql`(
    select c.kind, c.id from (${entryCandidates(plan.query.structureId)}) c
    where ${sql.join([...filters(plan, 'entries'), extra], sql` and `)}
    ${walk.order ? sql`order by ${walk.order}` : sql``} limit ${sql.raw(String(limit))})`;
  const themeQuery = themeQueryOf(plan);
  const organisations = sql`(
    select c.kind, c.id from (${organisationCandidates(plan.query.structureId)}) c ${whereOf(plan, 'organisations')}
    order by ${preRank(plan, WEIGHTS)} desc, c.id limit ${sql.raw(String(ORGANISATIONS))})`;
  return sql.join(
    [
      sql`(select w.kind, w.id from walked w ${walk.order || walk.eachTerritory ? sql`order by w.walk_key` : sql``} limit ${sql.raw(String(NEAREST))})`,
      // With keywords every entry walked already matches them: the nearest are the themed ones.
      // A lexicon matches many rows: read in the walk's order, filtered (a territory's index first).
      ...(themeQuery && !plan.qTerms ? [entries(sql`c.search @@ ${frenchQuery(themeQuery)}`, THEMED)] : []),
      entries(sql`(c.qpv_code is not null or c.qpv_m <= 1000)`, REACHING),
      organisations,
    ],
    sql` union all `,
  );
}

/** Organisations passing the filters, counted up to `cap`. */
const organisationCount = (plan: SearchPlan, cap: number) =>
  sql`(select count(*)::int from (select 1 from (${organisationCandidates(plan.query.structureId)}) c ${whereOf(plan, 'organisations')} limit ${sql.raw(String(cap))}) x)`;

export type CandidatePage = {
  rows: CandidateRow[];
  /** Candidates passing the filters, counted up to the cap asked for (beyond, the caller says "more than"). */
  counted: number;
};

/** One page of candidates, best score first, with every component the score is made of; and how many pass the filters, up to `cap`. */
export async function searchCandidates(db: DbOrTx, plan: SearchPlan, cap: number): Promise<CandidatePage> {
  const { page, pageSize } = plan.query;
  const walk = walkOf(plan);
  const statement = sql`
    with walked as materialized (${walked(plan, walk, Math.max(cap, NEAREST))}),
    short as (select distinct s.kind, s.id from (${shortlist(plan, walk)}) s),
    candidates as (
      select c.* from (${entryCandidates(plan.query.structureId)}) c where c.id in (select id from short where kind = 'entry')
      union all
      select c.* from (${organisationCandidates(plan.query.structureId)}) c where c.id in (select id from short where kind = 'organisation')
    ),
    scored as (
      select c.kind, c.id, c.name, c.sector, c.city, c.postcode, c.insee_code, c.latitude, c.longitude, c.qpv_code,
        left(c.description, 300) as description, c.source, c.organisation_id, ${components(plan)}
      from candidates c
    ),
    ranked as (
      select s.*, round(100 * (${WEIGHTS.theme} * s.theme + ${WEIGHTS.proximity} * s.proximity + ${WEIGHTS.reach} * s.reach
        + ${WEIGHTS.gap} * (s.sector_gap::int + s.territory_gap::int + s.objective_gap::int) / 3.0))::int as score,
        count(*) over () as ranked
      from scored s
    ),
    page as (
      select r.*, p.stage as known_stage from ranked r
      left join partnerships p on p.organisation_id = r.organisation_id and p.structure_id = ${plan.query.structureId} and p.deleted_at is null
      order by r.score desc, r.name, r.id
      limit ${pageSize} offset ${(page - 1) * pageSize}
    )
    select least((select count(*) from walked), ${sql.raw(String(cap))})::int + ${organisationCount(plan, cap)} as counted, page.*
    from (select 1) one left join page on true
    order by page.score desc, page.name, page.id`;
  const result = walk.bitmapsOff
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_bitmapscan = off`);
        return tx.execute(statement);
      })
    : await db.execute(statement);
  const rows = rowsOf<CandidateRow & { counted: number }>(result);
  return {
    counted: Number(rows[0]?.counted ?? 0),
    rows: rows.filter((row) => row.id !== null).map(({ counted: _, ...row }) => ({ ...row, ranked: Number(row.ranked) })),
  };
}

export async function findLexicon(db: DbOrTx, structureId: string) {
  const [row] = await db
    .select()
    .from(discoveryLexicons)
    .where(and(eq(discoveryLexicons.structureId, structureId), isNull(discoveryLexicons.deletedAt)))
    .limit(1);
  return row;
}

export async function insertLexicon(db: DbOrTx, structureId: string, words: string[]) {
  const [row] = await db.insert(discoveryLexicons).values({ structureId, words }).returning();
  return row!;
}

export async function findLiveEntry(db: DbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(directoryEntries)
    .where(and(eq(directoryEntries.id, id), isNull(directoryEntries.deletedAt)))
    .limit(1);
  return row;
}

export async function insertDismissal(db: DbOrTx, values: typeof discoveryDismissals.$inferInsert) {
  const [row] = await db.insert(discoveryDismissals).values(values).returning();
  return row!;
}

export async function findPartnershipOf(db: DbOrTx, organisationId: string, structureId: string) {
  const [row] = await db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(and(eq(partnerships.organisationId, organisationId), eq(partnerships.structureId, structureId), isNull(partnerships.deletedAt)))
    .limit(1);
  return row;
}
