import { territoryByCode } from '../territory/geography.ts';

/**
 * The directory's GiST index holds each candidate as a point in a plane where the longitude is
 * scaled by cos 48.85° (migration 0013), so that degrees are about square around Paris.
 */
export const PLANAR_LONGITUDE_SCALE = 0.658;
/** Room around a territory's outline for candidates placed a little outside it (a geocoder's slop). */
const TERRITORY_MARGIN_KM = 0.5;
const KM_PER_DEGREE = 111;

/** A box in that plane: x is the scaled longitude, y the latitude. */
export type PlanarBox = { minX: number; minY: number; maxX: number; maxY: number };

/**
 * The square holding every point within `km` of the centre: the index can answer it (the exact
 * distance is checked after). 5% over, for the scale drifting from 48.85° (up to 51° north).
 */
export function boxAround(latitude: number, longitude: number, km: number): PlanarBox {
  const half = (1.05 * km) / KM_PER_DEGREE;
  const [x, y] = [longitude * PLANAR_LONGITUDE_SCALE, latitude];
  return { minX: x - half, minY: y - half, maxX: x + half, maxY: y + half };
}

/**
 * The parts of the radius's box that the territories asked for can hold: the box cut by each
 * territory's outline box (plus a margin). Their candidates stand at their commune's centroid
 * when the file gives no coordinates, so a territory's whole register may lie outside the radius:
 * the cut boxes let the index pass over it instead of reading it row by row. Empty when the radius
 * reaches none of them; null when a code is not in the shipped geography (the radius's box alone then).
 */
export function radiusBoxesWithin(latitude: number, longitude: number, km: number, codes: string[]): PlanarBox[] | null {
  const radius = boxAround(latitude, longitude, km);
  const margin = TERRITORY_MARGIN_KM / KM_PER_DEGREE;
  const boxes: PlanarBox[] = [];
  for (const code of codes) {
    const territory = territoryByCode(code);
    if (!territory) return null;
    for (const { box } of territory.geometries) {
      const cut = {
        minX: Math.max(radius.minX, (box.minLon - margin / PLANAR_LONGITUDE_SCALE) * PLANAR_LONGITUDE_SCALE),
        maxX: Math.min(radius.maxX, (box.maxLon + margin / PLANAR_LONGITUDE_SCALE) * PLANAR_LONGITUDE_SCALE),
        minY: Math.max(radius.minY, box.minLat - margin),
        maxY: Math.min(radius.maxY, box.maxLat + margin),
      };
      if (cut.minX <= cut.maxX && cut.minY <= cut.maxY) boxes.push(cut);
    }
  }
  return boxes;
}
