import { type DerivedGeography, deriveGeographyWith, type QpvIndex } from '../territory/geo-derivation.ts';
import type { EntryInput } from './directory-entry.ts';

/**
 * Where candidates stand: their commune or arrondissement, the QPV they are in or their distance
 * to the nearest one; without coordinates, the centroid of their commune, flagged approximate.
 * Places known only by their codes are derived once per placer (a file names the same communes
 * again and again).
 */
export function placer(index: QpvIndex): (entry: EntryInput) => EntryInput {
  const byCodes = new Map<string, DerivedGeography>();
  const derive = (entry: EntryInput): DerivedGeography => {
    if (typeof entry.latitude === 'number' && typeof entry.longitude === 'number') return deriveGeographyWith(index, entry);
    const key = `${entry.inseeCode ?? ''}|${entry.postcode ?? ''}|${entry.city ?? ''}`;
    let derived = byCodes.get(key);
    if (!derived) {
      derived = deriveGeographyWith(index, entry);
      byCodes.set(key, derived);
    }
    return derived;
  };
  return (entry) => {
    const derived = derive(entry);
    return {
      ...entry,
      inseeCode: entry.inseeCode ?? derived.inseeCode,
      latitude: derived.latitude,
      longitude: derived.longitude,
      qpvCode: derived.qpvCode,
      qpvDistanceMeters: derived.qpvDistanceMeters === null ? null : Math.round(derived.qpvDistanceMeters),
      geoPrecision: derived.precision,
    };
  };
}
