import type { AreaGeometry } from '../territory/geo-math.ts';
import { readShippedLayer, territoriesOf } from '../territory/geography.ts';

type Outline = { type: 'Feature'; properties: { code: string; nom: string }; geometry: AreaGeometry };
type Outlines = { type: 'FeatureCollection'; features: Outline[] };

const cache = new Map<string, Outlines>();

/**
 * The background of the journey map on a group's public form: the arrondissements for a Paris
 * structure, the communes of its département elsewhere, the départements for the coordination.
 */
export function journeyBackground(departement: string | null): Outlines {
  const key = departement ?? 'region';
  let outlines = cache.get(key);
  if (!outlines) {
    outlines = departement
      ? {
          type: 'FeatureCollection',
          features: territoriesOf(departement).flatMap((t) =>
            t.geometries.map(({ geometry }) => ({ type: 'Feature' as const, properties: { code: t.code, nom: t.name }, geometry })),
          ),
        }
      : (JSON.parse(readShippedLayer('departements')) as Outlines);
    cache.set(key, outlines);
  }
  return outlines;
}
