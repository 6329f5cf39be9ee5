import type { Report } from '../../../contracts/reports.ts';
import { ACTIVE_STAGES } from '../../../contracts/territory.ts';
import type { Db } from '../../db/client.ts';
import { listLiveStructures } from '../structures/structures.queries.ts';
import { coveragePartnerRows } from '../territory/coverage.queries.ts';
import { type AreaGeometry, centroidOf, type Position } from '../territory/geo-math.ts';
import {
  geography,
  IDF_DEPARTEMENTS,
  readShippedLayer,
  type Territory,
  territoriesOf,
  territoryAt,
  territoryByCode,
} from '../territory/geography.ts';
import { countLiveQpv, liveQpv } from '../territory/qpv.queries.ts';

type Area = { code: string; name: string; geometries: AreaGeometry[]; centroid: Position; partners: number };
/** The territory of the report, each area with its partners counted; `qpv` null when none is imported. */
export type FunderMap = { title: string; areaNoun: [string, string]; areas: Area[]; qpv: AreaGeometry[] | null; sources: string };

/** Shading classes of partners per area: [lowest, highest, colour]. */
const MAP_CLASSES: [number, number, string][] = [
  [0, 0, '#f1f3f5'],
  [1, 1, '#d0ebff'],
  [2, 4, '#74c0fc'],
  [5, 9, '#339af0'],
  [10, 24, '#1971c2'],
  [25, Number.POSITIVE_INFINITY, '#0b4a8b'],
];
const ETALAB = 'IGN Admin Express par gregoiredavid/france-geojson, Licence Ouverte (Etalab)';
const PARIS_DATA = 'Paris Data, ODbL, © Ville de Paris';

let departementShapes: { code: string; geometry: AreaGeometry }[] | undefined;
function departementsLayer() {
  departementShapes ??= (
    JSON.parse(readShippedLayer('departements')).features as { properties: { code: string }; geometry: AreaGeometry }[]
  ).map((f) => ({ code: f.properties.code, geometry: f.geometry }));
  return departementShapes;
}

/** One département when every structure of the report belongs to the same one, else the region. */
async function departementOf(db: Db, report: Report): Promise<string | null> {
  const rows = await listLiveStructures(
    db,
    report.structures.map((s) => s.id),
  );
  const departements = new Set(rows.map((s) => s.departement));
  return departements.size === 1 ? ([...departements][0] ?? null) : null;
}

/** Committed, active or durable partners of the report's structures (as GET /coverage counts them), by territory. */
async function partnerTerritories(db: Db, report: Report): Promise<Territory[]> {
  const rows = await coveragePartnerRows(db, { structureIds: report.structures.map((s) => s.id), stages: ACTIVE_STAGES });
  const byOrganisation = new Map<string, Territory | undefined>();
  for (const row of rows) {
    if (byOrganisation.has(row.organisationId)) continue;
    const located = row.latitude !== null && row.longitude !== null && row.precision !== 'approximate';
    byOrganisation.set(
      row.organisationId,
      territoryByCode(row.inseeCode) ?? (located ? territoryAt([row.longitude!, row.latitude!]) : undefined),
    );
  }
  return [...byOrganisation.values()].filter((t) => t !== undefined);
}

export async function funderMap(db: Db, report: Report): Promise<FunderMap> {
  const [departement, partners, qpvImported] = await Promise.all([
    departementOf(db, report),
    partnerTerritories(db, report),
    countLiveQpv(db),
  ]);
  const count = (key: (t: Territory) => string) => {
    const counts = new Map<string, number>();
    for (const t of partners) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
    return counts;
  };
  const qpv =
    qpvImported === 0 ? null : (await liveQpv(db)).filter((q) => !departement || q.departement === departement).map((q) => q.geometry);
  if (!departement) {
    const counts = count((t) => t.departement);
    const names = geography().departementNames;
    return {
      title: 'Île-de-France, par département',
      areaNoun: ['département', 'départements'],
      areas: departementsLayer()
        .filter((d) => (IDF_DEPARTEMENTS as readonly string[]).includes(d.code))
        .map((d) => ({
          code: d.code,
          name: names.get(d.code) ?? d.code,
          geometries: [d.geometry],
          centroid: centroidOf(d.geometry),
          partners: counts.get(d.code) ?? 0,
        })),
      qpv,
      sources: `Départements : ${ETALAB}.`,
    };
  }
  const counts = count((t) => t.code);
  const paris = departement === '75';
  // As on GET /coverage: the département's territories, plus any other one holding a partner.
  const shown = new Map([...territoriesOf(departement), ...partners].map((t) => [t.code, t]));
  const mixed = [...shown.values()].some((t) => t.departement !== departement);
  return {
    title: paris ? 'Paris, par arrondissement' : `${geography().departementNames.get(departement) ?? departement}, par commune`,
    areaNoun: mixed
      ? ['commune ou arrondissement', 'communes ou arrondissements']
      : paris
        ? ['arrondissement', 'arrondissements']
        : ['commune', 'communes'],
    areas: [...shown.values()].map((t) => ({
      code: t.code,
      name: t.name,
      geometries: t.geometries.map((g) => g.geometry),
      centroid: t.centroid,
      partners: counts.get(t.code) ?? 0,
    })),
    qpv,
    sources: paris ? `Arrondissements : ${PARIS_DATA}.` : `Communes (2018) : ${ETALAB}.`,
  };
}

const classOf = (partners: number) => MAP_CLASSES.findIndex(([low, high]) => partners >= low && partners <= high);

function classLabel([low, high]: [number, number, string]): string {
  if (high === Number.POSITIVE_INFINITY) return `${low} partenaires ou plus`;
  if (low === high) return low === 0 ? 'Aucun partenaire' : `${low} partenaire${low > 1 ? 's' : ''}`;
  return `${low} à ${high} partenaires`;
}

type Doc = PDFKit.PDFDocument;
const MAP_HEIGHT = 400;
const INK = '#212529';
const MUTED = '#868e96';
const QPV_COLOUR = '#e03131';
/** Points closer than this (in PDF points) to the last one drawn are skipped: the page cannot show them. */
const MIN_STEP = 0.7;
const RAD = Math.PI / 180;

/**
 * Outer rings and holes of every polygon as one path (filled with the even-odd rule), projected and
 * written as raw path operators at 0.1 pt: thousands of communes stay a few hundred milliseconds.
 */
function trace(doc: Doc, geometry: AreaGeometry, project: (p: Position) => Position) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const operators: string[] = [];
  for (const ring of polygons.flat()) {
    let last: Position | undefined;
    for (const [index, point] of ring.entries()) {
      const [x, y] = project(point);
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < MIN_STEP && index < ring.length - 1) continue;
      operators.push(`${x.toFixed(1)} ${y.toFixed(1)} ${last ? 'l' : 'm'}`);
      last = [x, y];
    }
    operators.push('h');
  }
  doc.addContent(operators.join('\n'));
}

/** Equirectangular projection scaled by cos(latitude), fitting the areas into the box. */
function projection(areas: Area[], left: number, top: number, width: number, height: number) {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const area of areas) {
    for (const geometry of area.geometries) {
      const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
      for (const [lon, lat] of outers.flat()) {
        box.minLon = Math.min(box.minLon, lon);
        box.maxLon = Math.max(box.maxLon, lon);
        box.minLat = Math.min(box.minLat, lat);
        box.maxLat = Math.max(box.maxLat, lat);
      }
    }
  }
  const shrink = Math.cos(((box.minLat + box.maxLat) / 2) * RAD);
  const scale = Math.min(width / ((box.maxLon - box.minLon) * shrink), height / (box.maxLat - box.minLat));
  const offset = left + (width - (box.maxLon - box.minLon) * shrink * scale) / 2;
  return {
    height: (box.maxLat - box.minLat) * scale,
    project: ([lon, lat]: Position): Position => [offset + (lon - box.minLon) * shrink * scale, top + (box.maxLat - lat) * scale],
  };
}

/** The map of partners by area, its legend (classes with their number of areas), the QPV outlines and the sources. */
export function drawFunderMap(doc: Doc, map: FunderMap, left: number, width: number, heading: (title: string, needed: number) => void) {
  heading('Carte des partenaires', MAP_HEIGHT + 190);
  doc.fillColor(INK).font('Helvetica').fontSize(10).text(map.title, left, doc.y);
  const top = doc.y + 8;
  const { project, height } = projection(map.areas, left, top, width, MAP_HEIGHT);
  doc.save().lineWidth(0.4).lineJoin('round');
  for (const area of map.areas) {
    for (const geometry of area.geometries) trace(doc, geometry, project);
    doc.fillAndStroke(MAP_CLASSES[classOf(area.partners)]![2], '#ffffff', 'even-odd');
  }
  if (map.qpv && map.qpv.length > 0) {
    for (const geometry of map.qpv) trace(doc, geometry, project);
    doc.lineWidth(0.8).strokeColor(QPV_COLOUR).stroke();
  }
  doc.restore();
  if (map.areas.length <= 30) {
    doc.font('Helvetica-Bold').fontSize(8);
    for (const area of map.areas.filter((a) => a.partners > 0)) {
      const [x, y] = project(area.centroid);
      doc
        .fillColor(classOf(area.partners) >= 3 ? '#ffffff' : INK)
        .text(String(area.partners), x - 15, y - 4, { width: 30, align: 'center', lineBreak: false });
    }
  }
  legend(doc, map, left, width, top + height + 12);
}

function legend(doc: Doc, map: FunderMap, left: number, width: number, top: number) {
  const [one, many] = map.areaNoun;
  const column = width / 2;
  doc.font('Helvetica').fontSize(9);
  MAP_CLASSES.forEach((range, index) => {
    const areas = map.areas.filter((a) => classOf(a.partners) === index).length;
    const x = left + (index < 3 ? 0 : column);
    const y = top + (index % 3) * 15;
    doc.rect(x, y, 10, 10).lineWidth(0.4).fillAndStroke(range[2], MUTED);
    doc.fillColor(INK).text(`${classLabel(range)} : ${areas} ${areas > 1 ? many : one}`, x + 16, y + 1, { lineBreak: false });
  });
  let y = top + 3 * 15 + 4;
  if (map.qpv === null) {
    doc.fillColor(INK).text('Les quartiers prioritaires (QPV) ne sont pas importés : la carte ne les montre pas.', left, y, { width });
  } else {
    doc.rect(left, y, 10, 10).lineWidth(0.8).stroke(QPV_COLOUR);
    doc.fillColor(INK).text(`Quartiers prioritaires (QPV), contour rouge : ${map.qpv.length}`, left + 16, y + 1, { lineBreak: false });
  }
  y = Math.max(doc.y, y + 12) + 6;
  const caption =
    'Partenaires engagés, actifs ou durables le jour où le bilan est établi, comptés une fois par organisation, là où elle se trouve. ' +
    `Fonds de carte : ${map.sources} Codes et noms : INSEE (COG) par @etalab/decoupage-administratif. QPV : contours importés dans Maillage.`;
  doc.fillColor(MUTED).fontSize(8).text(caption, left, y, { width });
  doc.x = left;
}
