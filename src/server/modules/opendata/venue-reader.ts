import type { VenueColumns } from '../../../contracts/opendata.ts';
import type { SECTORS } from '../../../contracts/vocabulary.ts';
import { AppError } from '../../http/errors.ts';
import {
  cellReader,
  checkedEntry,
  cleanCell,
  coordinatesOf,
  type EntryInput,
  inDepartement,
  type ReadItem,
  shortRecordReason,
} from './directory-entry.ts';
import { splitFeatures } from './geojson-features.ts';
import type { RecordStream } from './text-records.ts';

export type VenueMapping = { name: string; sector: (typeof SECTORS)[number]; columns: VenueColumns };
type Field = keyof VenueColumns;

/** A list without its own identifier is keyed by name and place: the same venue listed twice (two school years) is one entry. */
const keyOf = (entry: EntryInput) =>
  [entry.name, entry.inseeCode ?? entry.postcode ?? ''].map((part) => part.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).join('|');

/** "48.867,2.387" (opendata.paris.fr's geo_point_2d): latitude first. */
function splitLatLon(value: string | null): [string | null, string | null] {
  if (!value) return [null, null];
  const [lat, lon] = value.split(',').map((part) => part.trim());
  return [lat ?? null, lon ?? null];
}

/** The entry a venue row makes, given how to read one of its fields. */
function venueEntry(mapping: VenueMapping, read: (field: Field) => string | null, point: [string | null, string | null] | null) {
  const [lat, lon] = read('latlon') !== null ? splitLatLon(read('latlon')) : (point ?? [read('latitude'), read('longitude')]);
  const entry: EntryInput = {
    source: `csv:${mapping.name}`,
    sourceId: '',
    name: read('name') ?? '',
    sector: mapping.sector,
    uai: read('uai'),
    siret: read('siret'),
    address: read('address'),
    postcode: read('postcode'),
    city: read('city'),
    inseeCode: read('inseeCode'),
    ...coordinatesOf(lat, lon),
    website: read('website'),
    description: read('description'),
  };
  return { ...entry, sourceId: read('sourceId') ?? keyOf(entry) };
}

function finish(line: number, entry: EntryInput, departement: string | undefined): ReadItem {
  const checked = checkedEntry(line, entry);
  if ('entry' in checked && !inDepartement(departement, checked.entry.inseeCode ?? null, checked.entry.postcode ?? null)) {
    return { line, skipped: true };
  }
  return checked;
}

/** The rows of a CSV list of venues, read through a saved mapping whose columns must all be in the header. */
export async function* readVenueCsv(stream: RecordStream, mapping: VenueMapping, departement?: string): AsyncGenerator<ReadItem> {
  const cells = cellReader(stream.headers);
  const missing = Object.values(mapping.columns).filter((column) => !cells.has(column));
  if (missing.length > 0) {
    throw new AppError('validation', `Colonnes absentes du fichier pour la correspondance « ${mapping.name} » : ${missing.join(', ')}.`, {
      errors: [{ path: 'file', message: 'Colonnes de la correspondance absentes' }],
    });
  }
  for await (const record of stream.records) {
    if ('error' in record) {
      yield { line: record.line, reason: record.error };
      continue;
    }
    const short = shortRecordReason(record.cells, stream.headers);
    if (short) {
      yield { line: record.line, reason: short };
      continue;
    }
    const read = (field: Field) => (mapping.columns[field] ? cells.get(record.cells, mapping.columns[field]) : null);
    yield finish(record.line, venueEntry(mapping, read, null), departement);
  }
}

type Feature = {
  id?: unknown;
  type?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
};

/** A point for any geometry: the point itself, else the middle of the first ring's bounding box. */
function pointOf(geometry: Feature['geometry']): [string | null, string | null] | null {
  if (!geometry) return null;
  const flat: number[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value) && typeof value[0] === 'number') flat.push(value as number[]);
    else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  walk(geometry.coordinates);
  if (flat.length === 0) return null;
  const lons = flat.map((p) => p[0]!);
  const lats = flat.map((p) => p[1]!);
  return [String((Math.min(...lats) + Math.max(...lats)) / 2), String((Math.min(...lons) + Math.max(...lons)) / 2)];
}

function featureOf(piece: { text: string }): Feature | null {
  try {
    const parsed: unknown = JSON.parse(piece.text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Feature) : null;
  } catch {
    return null;
  }
}

/**
 * The features of a GeoJSON list of venues (a FeatureCollection, or one Feature), split as the bytes
 * arrive (one feature in memory at a time); the "line" of a feature is its rank in the file (from 1).
 * A feature that is not valid JSON or not an object is reported with its rank, the rest imported.
 */
export async function* readVenueGeoJson(
  source: AsyncIterable<Uint8Array>,
  mapping: VenueMapping,
  departement?: string,
): AsyncGenerator<ReadItem> {
  for await (const piece of splitFeatures(source)) {
    const line = piece.index + 1;
    const feature = 'text' in piece ? featureOf(piece) : null;
    if (!feature) {
      yield { line, reason: 'error' in piece ? `Entité GeoJSON illisible : ${piece.error}` : 'Entité GeoJSON illisible (JSON invalide)' };
      continue;
    }
    const properties = feature.properties ?? {};
    const read = (field: Field) => {
      const key = mapping.columns[field];
      const value = key ? properties[key] : undefined;
      return value === undefined || value === null ? null : cleanCell(String(value));
    };
    yield finish(line, venueEntry(mapping, read, pointOf(feature.geometry)), departement);
  }
}
