import { eq, isNull } from 'drizzle-orm';
import type { GEO_PRECISIONS } from '../../../contracts/territory.ts';
import type { DbOrTx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { type AreaGeometry, type BoundingBox, distanceToAreaMeters, inBox, type Position } from './geo-math.ts';
import { type Territory, territoryAt, territoryByCode, territoryFromPostcode } from './geography.ts';
import { liveQpv } from './qpv.queries.ts';

export type GeoPrecision = (typeof GEO_PRECISIONS)[number];
export type GeoInput = {
  postcode?: string | null;
  inseeCode?: string | null;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};
export type DerivedGeography = {
  inseeCode: string | null;
  communeName: string | null;
  /** The arrondissement's INSEE code, in Paris only. */
  arrondissement: string | null;
  departement: string | null;
  qpvCode: string | null;
  /** 0 inside a QPV; null when none lies within NEAREST_QPV_LIMIT_METERS or the place is not a point. */
  qpvDistanceMeters: number | null;
  /** null when nothing located the place. */
  precision: GeoPrecision | null;
  latitude: number | null;
  longitude: number | null;
};

/** Beyond this, "the nearest QPV" no longer says anything about a partner's reach. */
export const NEAREST_QPV_LIMIT_METERS = 5_000;
/** A bounding-box margin that holds every QPV within the limit (0.1° of longitude is 7.3 km at 49°N). */
const SEARCH_MARGIN_DEGREES = 0.1;

export type QpvIndex = { code: string; geometry: AreaGeometry; box: BoundingBox }[];

/** The live QPV, near a point or all of them (for batches: load once, derive many). */
export async function loadQpvIndex(db: DbOrTx, near?: Position): Promise<QpvIndex> {
  const rows = await liveQpv(db, near, SEARCH_MARGIN_DEGREES);
  return rows.map((r) => ({ code: r.code, geometry: r.geometry, box: r }));
}

/** Where an organisation or a candidate stands, from its coordinates, else its INSEE code or postcode. */
export async function deriveGeography(db: DbOrTx, input: GeoInput): Promise<DerivedGeography> {
  const point = pointOf(input);
  return deriveGeographyWith(point ? await loadQpvIndex(db, point) : [], input);
}

export function deriveGeographyWith(index: QpvIndex, input: GeoInput, precision: GeoPrecision = 'point'): DerivedGeography {
  const point = pointOf(input);
  const located = point ? territoryAt(point) : undefined;
  if (point && located) return { ...describe(located), ...nearestQpv(index, point), precision, longitude: point[0], latitude: point[1] };
  const territory = territoryByCode(input.inseeCode) ?? territoryFromPostcode(input.postcode, input.city);
  if (point) {
    // Coordinates outside Île-de-France: kept as given, without a QPV.
    return { ...describe(territory), qpvCode: null, qpvDistanceMeters: null, precision, longitude: point[0], latitude: point[1] };
  }
  if (!territory)
    return { ...describe(undefined), qpvCode: null, qpvDistanceMeters: null, precision: null, latitude: null, longitude: null };
  const [longitude, latitude] = territory.centroid;
  return { ...describe(territory), qpvCode: null, qpvDistanceMeters: null, precision: 'approximate', latitude, longitude };
}

function pointOf(input: GeoInput): Position | null {
  const { latitude, longitude } = input;
  return typeof latitude === 'number' && typeof longitude === 'number' ? [longitude, latitude] : null;
}

function describe(territory: Territory | undefined) {
  return {
    inseeCode: territory?.code ?? null,
    communeName: territory ? (territory.kind === 'arrondissement' ? 'Paris' : territory.name) : null,
    arrondissement: territory?.kind === 'arrondissement' ? territory.code : null,
    departement: territory?.departement ?? null,
  };
}

function nearestQpv(index: QpvIndex, point: Position): { qpvCode: string | null; qpvDistanceMeters: number | null } {
  let best: { code: string; meters: number } | null = null;
  for (const q of index) {
    if (!inBox(q.box, point, SEARCH_MARGIN_DEGREES)) continue;
    const meters = distanceToAreaMeters(q.geometry, point);
    if (!best || meters < best.meters) best = { code: q.code, meters };
  }
  if (!best || best.meters > NEAREST_QPV_LIMIT_METERS) return { qpvCode: null, qpvDistanceMeters: null };
  return { qpvCode: best.meters === 0 ? best.code : null, qpvDistanceMeters: Math.round(best.meters) };
}

/**
 * Brings every live organisation's derived place up to date: after a QPV import, and for rows
 * written before this module (or by imports). It fills a missing INSEE code, places a row without
 * coordinates at its commune's centroid (approximate), and computes the QPV and the distance
 * again. These columns are derived, not edited: they change without a new version (a form open
 * meanwhile still saves) and without an audit entry of their own; the QPV import is audited.
 */
export async function backfillOrganisationGeography(db: DbOrTx): Promise<number> {
  const index = await loadQpvIndex(db);
  const rows = await db
    .select({
      id: organisations.id,
      postcode: organisations.postcode,
      city: organisations.city,
      inseeCode: organisations.inseeCode,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      qpvCode: organisations.qpvCode,
      qpvDistanceM: organisations.qpvDistanceM,
      geoPrecision: organisations.geoPrecision,
    })
    .from(organisations)
    .where(isNull(organisations.deletedAt));
  let changed = 0;
  for (const row of rows) {
    // A centroid stands for the commune, not for the place: derive again from the codes.
    const input = row.geoPrecision === 'approximate' ? { ...row, latitude: null, longitude: null } : row;
    const derived = deriveGeographyWith(index, input, row.geoPrecision ?? 'point');
    const next = {
      inseeCode: row.inseeCode ?? derived.inseeCode,
      latitude: derived.latitude,
      longitude: derived.longitude,
      qpvCode: derived.qpvCode,
      qpvDistanceM: derived.qpvDistanceMeters,
      geoPrecision: derived.precision,
    };
    if (Object.entries(next).every(([key, value]) => row[key as keyof typeof row] === value)) continue;
    await db.update(organisations).set(next).where(eq(organisations.id, row.id));
    changed += 1;
  }
  return changed;
}
