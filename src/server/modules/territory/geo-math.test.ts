import { describe, expect, it } from 'vitest';
import { type AreaGeometry, boundingBox, centroidOf, containsPoint, distanceToAreaMeters, haversineMeters } from './geo-math.ts';

/** A 0.01° square (about 730 m wide, 1.1 km high at Paris) with a square hole in its middle. */
const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [2.3, 48.8],
      [2.31, 48.8],
      [2.31, 48.81],
      [2.3, 48.81],
      [2.3, 48.8],
    ],
    [
      [2.304, 48.804],
      [2.306, 48.804],
      [2.306, 48.806],
      [2.304, 48.806],
      [2.304, 48.804],
    ],
  ],
};

describe('geo math', () => {
  it('finds a point inside a polygon, and not in its hole nor outside', () => {
    expect(containsPoint(square, [2.301, 48.801])).toBe(true);
    expect(containsPoint(square, [2.305, 48.805])).toBe(false);
    expect(containsPoint(square, [2.32, 48.805])).toBe(false);
  });

  it('finds a point in any polygon of a multipolygon', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [3, 49],
            [3.1, 49],
            [3.1, 49.1],
            [3, 49],
          ],
        ],
      ],
    };
    expect(containsPoint(multi, [3.08, 49.02])).toBe(true);
    expect(containsPoint(multi, [3.02, 49.08])).toBe(false);
  });

  it('measures the distance between two Paris landmarks as the crow flies', () => {
    // Notre-Dame to the Eiffel Tower: about 4.1 km.
    expect(haversineMeters([2.3499, 48.853], [2.2945, 48.8584])).toBeGreaterThan(4_000);
    expect(haversineMeters([2.3499, 48.853], [2.2945, 48.8584])).toBeLessThan(4_200);
  });

  it('gives 0 inside an area and the distance to the nearest edge outside', () => {
    expect(distanceToAreaMeters(square, [2.301, 48.801])).toBe(0);
    // 0.001° of longitude east of the square at 48.805°N is about 73 m.
    expect(distanceToAreaMeters(square, [2.311, 48.805])).toBeCloseTo(73.3, 0);
    // In the hole, the nearest edge is the hole's, 0.001° of longitude away.
    expect(distanceToAreaMeters(square, [2.305, 48.805])).toBeCloseTo(73.2, 0);
    expect(distanceToAreaMeters(square, [2.305, 48.8046])).toBeCloseTo(66.7, 0);
  });

  it('computes a bounding box and a centroid', () => {
    expect(boundingBox(square)).toEqual({ minLon: 2.3, minLat: 48.8, maxLon: 2.31, maxLat: 48.81 });
    const [lon, lat] = centroidOf({ type: 'Polygon', coordinates: [square.coordinates[0]!] });
    expect(lon).toBeCloseTo(2.305, 6);
    expect(lat).toBeCloseTo(48.805, 6);
  });
});
