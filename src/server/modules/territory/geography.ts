import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parisInseeCode } from '../../../contracts/identifiers.ts';
import type { TERRITORY_KINDS } from '../../../contracts/territory.ts';
import { type AreaGeometry, type BoundingBox, boundingBox, centroidOf, containsPoint, inBox, type Position } from './geo-math.ts';

/**
 * The Île-de-France reference, held in memory: the communes and arrondissements of
 * @etalab/decoupage-administratif (codes, names, postcodes, populations) joined to the shipped
 * polygons. It is static between releases and small (1,286 places, 1.3 MB of GeoJSON), so every
 * app node reads it once at first use instead of keeping a copy in the database.
 */
export const IDF_DEPARTEMENTS = ['75', '77', '78', '91', '92', '93', '94', '95'] as const;
export const PARIS = '75056';

export type Territory = {
  code: string;
  name: string;
  kind: (typeof TERRITORY_KINDS)[number];
  departement: string;
  postcodes: string[];
  population: number | null;
  /** [longitude, latitude] */
  centroid: Position;
  geometries: { geometry: AreaGeometry; box: BoundingBox }[];
};

type PackageCommune = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
  anciensCodes?: string[];
};
type ShippedFeature = { properties: { code: string; nom: string }; geometry: AreaGeometry };

const require = createRequire(import.meta.url);
const geojsonPath = (name: string) => new URL(`./geojson/${name}.geojson`, import.meta.url);
export const readShippedLayer = (name: 'departements' | 'arrondissements' | 'communes') => readFileSync(geojsonPath(name), 'utf8');

export type Geography = {
  territories: Territory[];
  byCode: Map<string, Territory>;
  departementNames: Map<string, string>;
};

let loaded: Geography | undefined;

export function geography(): Geography {
  loaded ??= loadGeography();
  return loaded;
}

function loadGeography(): Geography {
  const all = require('@etalab/decoupage-administratif/data/communes.json') as PackageCommune[];
  const idf = all.filter((c) => (IDF_DEPARTEMENTS as readonly string[]).includes(c.departement));
  const current = new Map(
    idf.filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal').map((c) => [c.code, c]),
  );
  // The shipped communes are the 2018 ones: a commune merged since then keeps its old code there.
  const successor = new Map<string, string>();
  for (const c of idf) {
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) successor.set(old, c.code);
    if (c.type === 'commune-deleguee' && c.chefLieu) successor.set(c.code, c.chefLieu);
  }
  const byCode = new Map<string, Territory>();
  const features = [
    ...(JSON.parse(readShippedLayer('arrondissements')).features as ShippedFeature[]),
    ...(JSON.parse(readShippedLayer('communes')).features as ShippedFeature[]),
  ];
  for (const feature of features) {
    const code = current.has(feature.properties.code) ? feature.properties.code : successor.get(feature.properties.code);
    const commune = code ? current.get(code) : undefined;
    if (!code || !commune) continue;
    const territory = byCode.get(code) ?? newTerritory(commune);
    territory.geometries.push({ geometry: feature.geometry, box: boundingBox(feature.geometry) });
    byCode.set(code, territory);
  }
  for (const territory of byCode.values()) territory.centroid = centroidOf(largest(territory).geometry);
  for (const old of successor.keys()) {
    const target = byCode.get(successor.get(old)!);
    if (target && !byCode.has(old)) byCode.set(old, target);
  }
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
  return {
    // Paris is counted by arrondissement, never as one commune.
    territories: [...new Set(byCode.values())].filter((t) => t.code !== PARIS),
    byCode,
    departementNames: new Map(
      departements.filter((d) => (IDF_DEPARTEMENTS as readonly string[]).includes(d.code)).map((d) => [d.code, d.nom]),
    ),
  };
}

function newTerritory(commune: PackageCommune): Territory {
  return {
    code: commune.code,
    name: commune.nom,
    kind: commune.type === 'arrondissement-municipal' ? 'arrondissement' : 'commune',
    departement: commune.departement,
    postcodes: commune.codesPostaux ?? [],
    population: commune.population ?? null,
    centroid: [0, 0],
    geometries: [],
  };
}

function largest(territory: Territory) {
  const size = ({ box }: { box: BoundingBox }) => (box.maxLon - box.minLon) * (box.maxLat - box.minLat);
  return territory.geometries.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/** The arrondissement (in Paris) or the commune whose polygon holds the point. */
export function territoryAt(point: Position): Territory | undefined {
  const { territories } = geography();
  return territories.find((t) => t.geometries.some(({ geometry, box }) => inBox(box, point) && containsPoint(geometry, point)));
}

/** A territory by its INSEE code, old (merged) commune codes included; Paris 75056 gives undefined. */
export function territoryByCode(code: string | null | undefined): Territory | undefined {
  if (!code || code === PARIS) return undefined;
  return geography().byCode.get(code);
}

/**
 * The place a postcode designates: the arrondissement in Paris; elsewhere the commune of that
 * postcode whose name matches the city given, or the most populous one sharing it.
 */
export function territoryFromPostcode(postcode: string | null | undefined, city?: string | null): Territory | undefined {
  if (!postcode) return undefined;
  const paris = parisInseeCode(postcode);
  if (paris) return territoryByCode(paris);
  const candidates = geography().territories.filter((t) => t.postcodes.includes(postcode));
  const wanted = city ? simplified(city) : undefined;
  const named = wanted ? candidates.find((t) => simplified(t.name) === wanted) : undefined;
  return named ?? candidates.sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
}

const simplified = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The territories of one département, by name. */
export function territoriesOf(departement: string): Territory[] {
  return geography()
    .territories.filter((t) => t.departement === departement)
    .sort((a, b) => a.code.localeCompare(b.code));
}
