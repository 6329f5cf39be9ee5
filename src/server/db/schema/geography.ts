import { sql } from 'drizzle-orm';
import { doublePrecision, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AreaGeometry } from '../../modules/territory/geo-math.ts';
import { recordColumns } from './columns.ts';

/**
 * Quartiers prioritaires de la politique de la ville, Île-de-France only, as the user imported
 * them from the national GeoJSON; a re-import updates them by `code`. The bounding box columns
 * let a lookup fetch only the neighbourhoods near a point before testing their polygons.
 */
export const qpv = pgTable(
  'qpv',
  {
    ...recordColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departement: text('departement').notNull(),
    /** INSEE codes as the file gives them: Paris QPV carry 75056. */
    communes: text('communes').array().notNull().default(sql`'{}'`),
    /** For Paris, the arrondissements the neighbourhood overlaps, found from its geometry. */
    arrondissements: text('arrondissements').array().notNull().default(sql`'{}'`),
    geometry: jsonb('geometry').$type<AreaGeometry>().notNull(),
    minLon: doublePrecision('min_lon').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLon: doublePrecision('max_lon').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
  },
  (t) => [uniqueIndex('qpv_code_uq').on(t.code), index('qpv_box_idx').on(t.minLon, t.maxLon, t.minLat, t.maxLat)],
);

/** Answers of the address geocoder, misses included (null coordinates), so an address is asked once. */
export const geocodeCache = pgTable('geocode_cache', {
  query: text('query').primaryKey(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  label: text('label'),
  score: doublePrecision('score'),
  citycode: text('citycode'),
  postcode: text('postcode'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
