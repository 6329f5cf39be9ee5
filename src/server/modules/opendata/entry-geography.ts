import { deriveGeographyWith, type QpvIndex } from '../territory/geo-derivation.ts';
import type { EntryInput } from './directory-entry.ts';

/**
 * Where a candidate stands: its commune or arrondissement, the QPV it is in or its distance to
 * the nearest one; without coordinates, the centroid of its commune, flagged approximate.
 */
export function placed(index: QpvIndex, entry: EntryInput): EntryInput {
  const derived = deriveGeographyWith(index, entry);
  return {
    ...entry,
    inseeCode: entry.inseeCode ?? derived.inseeCode,
    latitude: derived.latitude,
    longitude: derived.longitude,
    qpvCode: derived.qpvCode,
    qpvDistanceMeters: derived.qpvDistanceMeters === null ? null : Math.round(derived.qpvDistanceMeters),
    geoPrecision: derived.precision,
  };
}
