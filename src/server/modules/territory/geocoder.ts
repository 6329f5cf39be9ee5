import { parse } from 'csv-parse/sync';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import { geocodeCache } from '../../db/schema/index.ts';

/**
 * A client for the IGN Géoplateforme address geocoder (successor of the BAN API):
 * `GET {base}/geocodage/search` for one address, `POST {base}/geocodage/search/csv` for many.
 * Every answer, a miss included, is kept in `geocode_cache`; a network failure or a timeout is
 * not, so the address is asked again next time. A result under MIN_SCORE counts as a miss.
 */
export type GeocodeRequest = { address: string; postcode?: string | null; city?: string | null; citycode?: string | null };
export type GeocodeResult = {
  latitude: number;
  longitude: number;
  label: string;
  score: number;
  citycode: string | null;
  postcode: string | null;
};
export type Geocoder = {
  geocode: (request: GeocodeRequest) => Promise<GeocodeResult | null>;
  geocodeMany: (requests: GeocodeRequest[]) => Promise<(GeocodeResult | null)[]>;
};

export const MIN_SCORE = 0.5;
/** A form must not wait on a slow geocoder: past this, the commune's centroid is used. */
export const SEARCH_TIMEOUT_MS = 1_500;
const BULK_TIMEOUT_MS = 60_000;

const searchAnswer = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({
        label: z.string(),
        score: z.number(),
        postcode: z.string().nullish(),
        citycode: z.string().nullish(),
      }),
    }),
  ),
});

export const cacheKeyOf = (r: GeocodeRequest) =>
  [r.address, r.postcode, r.city, r.citycode].map((part) => (part ?? '').trim().toLowerCase().replace(/\s+/g, ' ')).join('|');

type CacheRow = typeof geocodeCache.$inferSelect;
const fromCache = (row: CacheRow): GeocodeResult | null =>
  row.latitude === null || row.longitude === null
    ? null
    : {
        latitude: row.latitude,
        longitude: row.longitude,
        label: row.label ?? '',
        score: row.score ?? 0,
        citycode: row.citycode,
        postcode: row.postcode,
      };

export function createGeocoder(db: DbOrTx, baseUrl: string, timeoutMs = SEARCH_TIMEOUT_MS): Geocoder {
  const base = baseUrl.replace(/\/$/, '');

  async function cached(keys: string[]): Promise<Map<string, GeocodeResult | null>> {
    if (keys.length === 0) return new Map();
    const rows = await db.select().from(geocodeCache).where(inArray(geocodeCache.query, keys));
    return new Map(rows.map((row) => [row.query, fromCache(row)]));
  }

  async function remember(entries: [string, GeocodeResult | null][]) {
    if (entries.length === 0) return;
    await db
      .insert(geocodeCache)
      .values(entries.map(([query, result]) => ({ query, ...(result ?? {}) })))
      .onConflictDoNothing();
  }

  async function search(request: GeocodeRequest): Promise<GeocodeResult | null> {
    const url = new URL(`${base}/geocodage/search`);
    url.searchParams.set('q', [request.address, request.postcode, request.city].filter(Boolean).join(' '));
    url.searchParams.set('limit', '1');
    if (request.postcode) url.searchParams.set('postcode', request.postcode);
    if (request.citycode) url.searchParams.set('citycode', request.citycode);
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`geocoder answered ${response.status}`);
    const feature = searchAnswer.parse(await response.json()).features[0];
    if (!feature || feature.properties.score < MIN_SCORE) return null;
    const [longitude, latitude] = feature.geometry.coordinates;
    const { label, score, citycode, postcode } = feature.properties;
    return { latitude, longitude, label, score, citycode: citycode ?? null, postcode: postcode ?? null };
  }

  async function bulk(requests: GeocodeRequest[]): Promise<(GeocodeResult | null)[]> {
    const quote = (value: string | null | undefined) => `"${(value ?? '').replace(/"/g, '""')}"`;
    const lines = requests.map((r, i) => [String(i), quote(r.address), quote(r.postcode), quote(r.city), quote(r.citycode)].join(','));
    const form = new FormData();
    form.append('data', new Blob([['id,adresse,code_postal,ville,code_insee', ...lines].join('\n')], { type: 'text/csv' }), 'adresses.csv');
    for (const column of ['adresse', 'code_postal', 'ville']) form.append('columns', column);
    form.append('postcode', 'code_postal');
    form.append('citycode', 'code_insee');
    const response = await fetch(`${base}/geocodage/search/csv`, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(BULK_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`geocoder answered ${response.status}`);
    const rows = parse(await response.text(), { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as Record<
      string,
      string
    >[];
    const results: (GeocodeResult | null)[] = requests.map(() => null);
    for (const row of rows) {
      const index = Number(row.id);
      const score = Number(row.result_score);
      const latitude = Number.parseFloat(row.latitude ?? '');
      const longitude = Number.parseFloat(row.longitude ?? '');
      if (!Number.isInteger(index) || !(score >= MIN_SCORE) || Number.isNaN(latitude) || Number.isNaN(longitude)) continue;
      results[index] = {
        latitude,
        longitude,
        label: row.result_label ?? '',
        score,
        citycode: row.result_citycode || null,
        postcode: row.result_postcode || null,
      };
    }
    return results;
  }

  return {
    async geocode(request) {
      const key = cacheKeyOf(request);
      const known = await cached([key]);
      if (known.has(key)) return known.get(key) ?? null;
      const result = await search(request);
      await remember([[key, result]]);
      return result;
    },
    async geocodeMany(requests) {
      const keys = requests.map(cacheKeyOf);
      const known = await cached(keys);
      const missing = [...new Set(keys.filter((key) => !known.has(key)))];
      if (missing.length > 0) {
        const asked = missing.map((key) => requests[keys.indexOf(key)]!);
        const answers = await bulk(asked);
        await remember(missing.map((key, i) => [key, answers[i] ?? null]));
        for (const [i, key] of missing.entries()) known.set(key, answers[i] ?? null);
      }
      return keys.map((key) => known.get(key) ?? null);
    },
  };
}

/** The geocoder each database's app uses, set once by buildApp (services receive the database, not the config). */
const geocoders = new WeakMap<object, Geocoder>();
export function registerGeocoder(db: DbOrTx, baseUrl: string | undefined): void {
  if (baseUrl) geocoders.set(db, createGeocoder(db, baseUrl));
  else geocoders.delete(db);
}
export function geocoderOf(db: DbOrTx): Geocoder | undefined {
  return geocoders.get(db);
}
