import { parisInseeCode } from '../../../contracts/identifiers.ts';
import type { DbOrTx } from '../../db/client.ts';
import { type DerivedGeography, deriveGeography, type GeoInput, type GeoPrecision } from './geo-derivation.ts';
import { geocoderOf } from './geocoder.ts';

type Place = GeoInput & { address?: string | null };
type StoredPlace = Place & { geoPrecision: GeoPrecision | null };
/** The columns of an organisation this module derives. */
export type LocatedColumns = {
  inseeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  qpvCode: string | null;
  qpvDistanceM: number | null;
  geoPrecision: GeoPrecision | null;
};
const PLACE_FIELDS = ['address', 'postcode', 'city', 'inseeCode', 'latitude', 'longitude'] as const;

/**
 * Where a new organisation stands: its coordinates when given, else its geocoded address, else
 * its commune's centroid (approximate). An INSEE code given by the user is kept.
 */
export async function locateOrganisation(db: DbOrTx, place: Place): Promise<LocatedColumns> {
  const hasPoint = typeof place.latitude === 'number' && typeof place.longitude === 'number';
  const derived = hasPoint ? await deriveGeography(db, place) : await fromAddress(db, place);
  return columnsOf(place, derived);
}

/**
 * The derived columns after a patch, or nothing when the patch leaves the place alone.
 * Coordinates the module found itself (geocoded, centroid) are found again for a new address;
 * coordinates a person gave are kept unless the patch changes or clears them.
 */
export async function relocateOrganisation(db: DbOrTx, before: StoredPlace, patch: Place): Promise<Partial<LocatedColumns>> {
  const changed = PLACE_FIELDS.some((field) => patch[field] !== undefined && patch[field] !== before[field]);
  if (!changed) return {};
  const merged: Place = Object.fromEntries(PLACE_FIELDS.map((field) => [field, patch[field] !== undefined ? patch[field] : before[field]]));
  const pointGiven = patch.latitude !== undefined || patch.longitude !== undefined;
  if (!pointGiven && before.geoPrecision !== 'point') {
    merged.latitude = null;
    merged.longitude = null;
  }
  // A changed postcode or address makes the INSEE code derived from the old one wrong.
  if (patch.inseeCode === undefined) merged.inseeCode = null;
  return locateOrganisation(db, merged);
}

async function fromAddress(db: DbOrTx, place: Place): Promise<DerivedGeography> {
  const geocoder = geocoderOf(db);
  if (geocoder && place.address) {
    try {
      const found = await geocoder.geocode({
        address: place.address,
        postcode: place.postcode,
        city: place.city,
        citycode: place.inseeCode,
      });
      if (found)
        return { ...(await deriveGeography(db, { ...place, latitude: found.latitude, longitude: found.longitude })), precision: 'address' };
    } catch {
      // Unreachable, slow or answering nonsense: the centroid below still places the organisation.
    }
  }
  return deriveGeography(db, { ...place, latitude: null, longitude: null });
}

function columnsOf(place: Place, derived: DerivedGeography): LocatedColumns {
  return {
    inseeCode: place.inseeCode ?? derived.inseeCode ?? parisInseeCode(place.postcode),
    latitude: derived.latitude,
    longitude: derived.longitude,
    qpvCode: derived.qpvCode,
    qpvDistanceM: derived.qpvDistanceMeters,
    geoPrecision: derived.precision,
  };
}
