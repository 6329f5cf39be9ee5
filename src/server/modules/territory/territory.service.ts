import { createHash } from 'node:crypto';
import { max } from 'drizzle-orm';
import type { Layer, MapSettings, OrganisationGeography } from '../../../contracts/territory.ts';
import type { Db } from '../../db/client.ts';
import { qpv } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { getOrganisation } from '../organisations/organisations.service.ts';
import { readShippedLayer, territoryByCode } from './geography.ts';
import { countLiveQpv, liveQpv, qpvByCodes } from './qpv.queries.ts';

export type MapConfig = { tileUrl: string | undefined; tileAttribution: string | undefined; geocoderUrl: string | undefined };

export async function getMapSettings(db: Db, actor: Actor, config: MapConfig): Promise<MapSettings> {
  requireAccess(actor, 'directory:read');
  return {
    tileUrl: config.tileUrl ?? null,
    tileAttribution: config.tileUrl ? (config.tileAttribution ?? null) : null,
    geocoder: Boolean(config.geocoderUrl),
    qpvCount: await countLiveQpv(db),
  };
}

export type LayerBody = { body: string; etag: string };
const shipped = new Map<string, LayerBody>();
const etagOf = (text: string) => `"${createHash('sha1').update(text).digest('base64url')}"`;

/** A GeoJSON layer as text, with an ETag: shipped layers never change while the app runs, the QPV one on each import. */
export async function getLayer(db: Db, actor: Actor, layer: Layer): Promise<LayerBody> {
  requireAccess(actor, 'directory:read');
  if (layer !== 'qpv') {
    if (!shipped.has(layer)) {
      const body = readShippedLayer(layer);
      shipped.set(layer, { body, etag: etagOf(body) });
    }
    return shipped.get(layer)!;
  }
  const [latest] = await db.select({ at: max(qpv.updatedAt) }).from(qpv);
  const rows = await liveQpv(db);
  const body = JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((q) => ({
      type: 'Feature',
      properties: { code: q.code, nom: q.name, departement: q.departement, arrondissements: q.arrondissements },
      geometry: q.geometry,
    })),
  });
  return { body, etag: etagOf(`${rows.length}:${latest?.at?.toISOString() ?? ''}`) };
}

/** Where an organisation stands, with names, for its page. */
export async function getOrganisationGeography(db: Db, actor: Actor, id: string): Promise<OrganisationGeography> {
  requireAccess(actor, 'directory:read');
  const organisation = await getOrganisation(db, actor, id);
  const territory = territoryByCode(organisation.inseeCode);
  const [inQpv] = organisation.qpvCode ? await qpvByCodes(db, [organisation.qpvCode]) : [];
  return {
    inseeCode: organisation.inseeCode,
    territoryName: territory?.name ?? null,
    territoryKind: territory?.kind ?? null,
    departement: territory?.departement ?? null,
    qpv: inQpv ? { code: inQpv.code, name: inQpv.name } : null,
    nearestQpvMeters: organisation.qpvDistanceM,
    precision: organisation.geoPrecision,
  };
}
