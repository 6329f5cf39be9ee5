import { parisInseeCode } from '../../../contracts/identifiers.ts';
import type { directoryEntries } from '../../db/schema/index.ts';

/** What a reader makes of one row, before the database adds ids and dates. */
export type EntryInput = Omit<
  typeof directoryEntries.$inferInsert,
  | 'id'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'deletedBy'
  | 'firstImportedAt'
  | 'lastImportedAt'
  | 'editedFields'
  | 'organisationId'
  | 'publics'
>;

/** A row read: an entry, a row left out by the filters (other département, dissolved), or a rejection with its reason. */
export type ReadItem = { line: number; entry: EntryInput } | { line: number; skipped: true } | { line: number; reason: string };

/** Metropolitan France, Corsica and the overseas départements, as latitude/longitude boxes. */
const FRANCE_BOXES: [number, number, number, number][] = [
  [41.3, 51.2, -5.3, 9.7], // métropole et Corse
  [15.8, 16.6, -61.9, -60.9], // Guadeloupe
  [14.3, 14.9, -61.3, -60.8], // Martinique
  [2.0, 5.9, -54.7, -51.5], // Guyane
  [-21.5, -20.8, 55.1, 55.9], // La Réunion
  [-13.1, -12.6, 44.9, 45.4], // Mayotte
  [46.7, 47.2, -56.5, -56.0], // Saint-Pierre-et-Miquelon
  [17.8, 18.2, -63.2, -62.7], // Saint-Martin, Saint-Barthélemy
];

export const isInFrance = (lat: number, lon: number) =>
  FRANCE_BOXES.some(([south, north, west, east]) => lat >= south && lat <= north && lon >= west && lon <= east);

/** An empty or placeholder cell ("_", "0001-01-01") holds nothing. */
export function cleanCell(value: string | undefined): string | null {
  if (!value) return null;
  // Most cells hold single spaces only: the regular expression runs on the others.
  const text = value.includes('  ') || value.includes('\t') ? value.replace(/[ \t]+/g, ' ').trim() : value.trim();
  if (!text || text === '_' || text === '0001-01-01' || text === '[ND]') return null;
  return text;
}

export const dateOf = (value: string | null): string | null => {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match && match[1] !== '0001-01-01' ? match[1]! : null;
};

const parseNumber = (value: string | null): number | null => {
  if (value === null) return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
};

export function coordinatesOf(lat: string | null, lon: string | null): { latitude: number | null; longitude: number | null } {
  return { latitude: parseNumber(lat), longitude: parseNumber(lon) };
}

/**
 * Checks a row and fills what follows from it (the arrondissement of a Paris postcode); the
 * reason for a rejection is a French sentence naming the value at fault.
 */
export function checkedEntry(line: number, entry: EntryInput): ReadItem {
  const name = entry.name?.trim() ?? '';
  if (name.length < 2) return { line, reason: 'nom manquant' };
  if (entry.postcode && !/^\d{5}$/.test(entry.postcode)) return { line, reason: `code postal invalide « ${entry.postcode} »` };
  if (entry.inseeCode && !/^(\d{5}|2[AB]\d{3})$/.test(entry.inseeCode))
    return { line, reason: `code INSEE invalide « ${entry.inseeCode} »` };
  const { latitude: lat, longitude: lon } = entry;
  if ((lat === null) !== (lon === null)) return { line, reason: 'coordonnées incomplètes : latitude et longitude vont ensemble' };
  if (lat != null && lon != null && (Number.isNaN(lat) || Number.isNaN(lon) || !isInFrance(lat, lon))) {
    return { line, reason: `coordonnées hors de France (${lat}, ${lon})` };
  }
  return {
    line,
    entry: {
      ...entry,
      name: name.slice(0, 300),
      description: entry.description?.slice(0, 5000) ?? null,
      inseeCode: entry.inseeCode ?? parisInseeCode(entry.postcode),
    },
  };
}

/** Whether a place lies in the département: by its INSEE code (Paris arrondissements 751xx too), else its postcode. */
export function inDepartement(departement: string | undefined, inseeCode: string | null, postcode: string | null): boolean {
  if (!departement) return true;
  const code = inseeCode ?? postcode;
  return code?.startsWith(departement) ?? false;
}

/** Reads a record's cells by header name (case and spaces ignored); a column the file lacks reads as empty. */
export function cellReader(headers: string[]) {
  const index = new Map(headers.map((h, i) => [h.trim().toLowerCase(), i]));
  /** The position of each name asked for, as asked: one lookup per cell read, no case folding. */
  const asked = new Map<string, number | undefined>();
  const position = (name: string) => {
    if (!asked.has(name)) asked.set(name, index.get(name.toLowerCase()));
    return asked.get(name);
  };
  return {
    has: (name: string) => position(name) !== undefined,
    get: (cells: string[], name: string): string | null => {
      const i = position(name);
      return i === undefined ? null : cleanCell(cells[i]);
    },
  };
}

/** A record shorter than the header: the file was cut, or the row lost its separators. */
export function shortRecordReason(cells: string[], headers: string[]): string | null {
  return cells.length < headers.length
    ? `ligne incomplète (${cells.length} colonnes au lieu de ${headers.length}) : fichier tronqué ?`
    : null;
}
