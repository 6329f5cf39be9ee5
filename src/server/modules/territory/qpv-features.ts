import { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import { type AreaGeometry, boundingBox, centroidOf, containsPoint, type Position } from './geo-math.ts';
import { geography, IDF_DEPARTEMENTS, PARIS } from './geography.ts';
import type { QpvValues } from './qpv.queries.ts';

/** Longitude then latitude, each a finite number in range; a third value (altitude) is tolerated. */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number());
const ring = z.array(position).min(4);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const code = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
/** The properties of the ANCT 2024 file; other properties are ignored. */
const propertiesSchema = z.object({
  code_qp: code.pipe(z.string().regex(/^Q[A-Z0-9]{5,12}$/, 'code_qp inattendu')),
  lib_qp: z.string().trim().min(1).max(200),
  insee_dep: code.pipe(z.string().regex(/^(\d{2,3}|2[AB])$/, 'insee_dep inattendu')),
  insee_com: code.pipe(z.string().max(200)),
});

export type QpvFeatureOutcome = { index: number } & (
  | { kind: 'qpv'; values: QpvValues }
  | { kind: 'outside' }
  | { kind: 'rejected'; reason: string }
);

/** Reads the national GeoJSON: a FeatureCollection, or the request is refused whole. */
export function readQpvFeatures(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('validation', 'Le fichier n’est pas un GeoJSON lisible (JSON invalide ou tronqué).');
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new AppError('validation', 'Le fichier doit être une FeatureCollection GeoJSON (la liste nationale des QPV).');
  }
  return collection.features;
}

/** One feature: an Île-de-France QPV ready to store, a QPV of another region, or a rejection with its reason. */
export function qpvFromFeature(feature: unknown, index: number): QpvFeatureOutcome {
  const properties = propertiesSchema.safeParse((feature as { properties?: unknown })?.properties);
  if (!properties.success) return { index, kind: 'rejected', reason: reasonOf(properties.error, 'propriétés invalides') };
  const { code_qp, lib_qp, insee_dep, insee_com } = properties.data;
  if (!(IDF_DEPARTEMENTS as readonly string[]).includes(insee_dep)) return { index, kind: 'outside' };
  const geometry = geometrySchema.safeParse((feature as { geometry?: unknown }).geometry);
  if (!geometry.success) return { index, kind: 'rejected', reason: `${code_qp} : ${reasonOf(geometry.error, 'géométrie invalide')}` };
  const shape = geometry.data as AreaGeometry;
  const box = boundingBox(shape);
  const communes = insee_com
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return {
    index,
    kind: 'qpv',
    values: {
      code: code_qp,
      name: lib_qp,
      departement: insee_dep,
      communes,
      arrondissements: communes.includes(PARIS) || insee_dep === '75' ? arrondissementsOverlapping(shape) : [],
      geometry: shape,
      ...box,
    },
  };
}

function reasonOf(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return `${what}${path} : ${issue?.message ?? 'format inattendu'}`;
}

/**
 * Paris QPV carry the commune code 75056: the arrondissements are found from the geometry,
 * as those holding one of its vertices or its centroid (a QPV often straddles two of them).
 */
function arrondissementsOverlapping(shape: AreaGeometry): string[] {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const points: Position[] = [centroidOf(shape), ...polygons.flatMap((p) => p[0] ?? [])];
  const found = geography()
    .territories.filter((t) => t.kind === 'arrondissement')
    .filter((t) => t.geometries.some(({ geometry }) => points.some((p) => containsPoint(geometry, p))))
    .map((t) => t.code);
  return found.sort();
}
