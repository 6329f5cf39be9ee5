/** Plane geometry on WGS84 longitude/latitude, enough for Île-de-France (no library: a few pure functions). */
export type Position = [number, number];
export type PolygonCoordinates = Position[][];
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
export type BoundingBox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd ray casting on one ring. */
function insideRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole, of any of the polygons. */
export function containsPoint(geometry: AreaGeometry, point: Position): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)),
  );
}

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon, lat] of polygon[0] ?? []) {
      box.minLon = Math.min(box.minLon, lon);
      box.maxLon = Math.max(box.maxLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

export function inBox(box: BoundingBox, [lon, lat]: Position, marginDegrees = 0): boolean {
  return (
    lon >= box.minLon - marginDegrees &&
    lon <= box.maxLon + marginDegrees &&
    lat >= box.minLat - marginDegrees &&
    lat <= box.maxLat + marginDegrees
  );
}

/** Great-circle distance in metres. */
export function haversineMeters([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}

/** Metres from a point to a segment, on a plane tangent at the point (exact to a metre over a few km). */
function segmentMeters(point: Position, a: Position, b: Position): number {
  const kx = Math.cos(point[1] * RAD) * RAD * EARTH_RADIUS_M;
  const ky = RAD * EARTH_RADIUS_M;
  const ax = (a[0] - point[0]) * kx;
  const ay = (a[1] - point[1]) * ky;
  const bx = (b[0] - point[0]) * kx;
  const by = (b[1] - point[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** 0 inside the area, else the distance to its nearest edge, in metres. */
export function distanceToAreaMeters(geometry: AreaGeometry, point: Position): number {
  if (containsPoint(geometry, point)) return 0;
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentMeters(point, ring[i - 1]!, ring[i]!));
    }
  }
  return best;
}

/** The area-weighted centroid of the largest polygon (a point that sits inside for the shapes of communes). */
export function centroidOf(geometry: AreaGeometry): Position {
  let best: { area: number; point: Position } = { area: -1, point: [0, 0] };
  for (const polygon of polygonsOf(geometry)) {
    const ring = polygon[0] ?? [];
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      const cross = xj * yi - xi * yj;
      area += cross;
      cx += (xi + xj) * cross;
      cy += (yi + yj) * cross;
    }
    if (Math.abs(area) > best.area && area !== 0) best = { area: Math.abs(area), point: [cx / (3 * area), cy / (3 * area)] };
  }
  return best.point;
}
