import { and, between, eq, isNull, sql } from 'drizzle-orm';
import type { OpenAgendaLocation } from '../../../contracts/openagenda.ts';
import type { DbOrTx } from '../../db/client.ts';
import { openagendaLocations, organisations } from '../../db/schema/index.ts';
import { folded } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { actorIdOf } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertOrganisation, type OrganisationRow } from '../organisations/organisations.queries.ts';
import { locateOrganisation } from '../territory/organisation-location.ts';
import type { OpenAgendaClient } from './openagenda-client.ts';

/** A located organisation this close to an OpenAgenda location, with a similar name, is the same place. */
const NEAR_METRES = 50;
const SIMILAR_NAME = 0.3;
const METRES_PER_DEGREE = 111_320;

function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dy = (a.latitude - b.latitude) * METRES_PER_DEGREE;
  const dx = (a.longitude - b.longitude) * METRES_PER_DEGREE * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

async function sameNameAndPostcode(tx: DbOrTx, location: OpenAgendaLocation): Promise<OrganisationRow | undefined> {
  if (!location.postalCode) return undefined;
  const [row] = await tx
    .select()
    .from(organisations)
    .where(
      and(
        isNull(organisations.deletedAt),
        eq(organisations.postcode, location.postalCode),
        sql`${folded(organisations.name)} = ${folded(location.name)}`,
      ),
    )
    .limit(1);
  return row;
}

async function nearbyWithSimilarName(tx: DbOrTx, location: OpenAgendaLocation): Promise<OrganisationRow | undefined> {
  const { latitude, longitude } = location;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  const dLat = NEAR_METRES / METRES_PER_DEGREE;
  const dLng = dLat / Math.cos((latitude * Math.PI) / 180);
  const rows = await tx
    .select()
    .from(organisations)
    .where(
      and(
        isNull(organisations.deletedAt),
        between(organisations.latitude, latitude - dLat, latitude + dLat),
        between(organisations.longitude, longitude - dLng, longitude + dLng),
        sql`similarity(${folded(organisations.name)}, ${folded(location.name)}) >= ${SIMILAR_NAME}`,
      ),
    )
    .limit(20);
  const near = rows
    .map((row) => ({ row, metres: metresBetween({ latitude, longitude }, { latitude: row.latitude!, longitude: row.longitude! }) }))
    .filter(({ metres }) => metres <= NEAR_METRES)
    .sort((a, b) => a.metres - b.metres);
  return near[0]?.row;
}

/**
 * The organisation an imported event's OpenAgenda location stands for: one of the same name in the
 * same postcode, else a located one within 50 m with a similar name, else a new one (source
 * 'openagenda'). Imports of the same place take turns (a transaction lock on its name), so two never create it twice.
 */
export async function venueForLocation(tx: DbOrTx, actor: Actor, location: OpenAgendaLocation): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`openagenda-location:${location.name.toLowerCase()}`}))`);
  const known = (await sameNameAndPostcode(tx, location)) ?? (await nearbyWithSimilarName(tx, location));
  if (known) return known.id;
  const place = {
    name: location.name.slice(0, 300),
    sector: 'cultural' as const,
    address: location.address || null,
    postcode: location.postalCode || null,
    city: location.city || null,
    latitude: location.latitude ?? null,
    longitude: location.longitude ?? null,
    source: 'openagenda',
  };
  const row = await insertOrganisation(tx, { ...place, ...(await locateOrganisation(tx, place)) });
  await recordAudit(tx, {
    actorId: actorIdOf(actor),
    entityType: 'organisation',
    entityId: row.id,
    structureId: null,
    action: 'create',
    before: null,
    after: row,
  });
  return row.id;
}

/** "12 rue X, 75019 Paris": the address OpenAgenda asks for, from the organisation's fields. */
const addressLine = (venue: OrganisationRow) =>
  [venue.address, [venue.postcode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** The location fields of a venue, as OpenAgenda writes them (and as a v2 file carries them). */
export function locationOf(venue: OrganisationRow) {
  return {
    name: venue.name.slice(0, 100),
    address: addressLine(venue).slice(0, 255),
    postalCode: venue.postcode,
    city: venue.city,
    countryCode: 'FR',
    ...(venue.latitude !== null && venue.longitude !== null ? { latitude: venue.latitude, longitude: venue.longitude } : {}),
  };
}

/**
 * The uid of the venue's location in the agenda: the one kept from an earlier export, else a
 * location created there now and kept. A venue without an address cannot be placed: a reason instead.
 */
export async function locationUidFor(
  tx: DbOrTx,
  actor: Actor,
  client: OpenAgendaClient,
  agendaUid: string,
  venue: OrganisationRow,
): Promise<{ locationUid: string } | { reason: string }> {
  const [kept] = await tx
    .select()
    .from(openagendaLocations)
    .where(and(eq(openagendaLocations.organisationId, venue.id), eq(openagendaLocations.agendaUid, agendaUid)));
  if (kept) return { locationUid: kept.locationUid };
  if (addressLine(venue) === '') {
    return {
      reason: `Le lieu « ${venue.name} » n’a ni adresse ni code postal ni commune : complétez sa fiche pour le créer sur OpenAgenda.`,
    };
  }
  const { uid } = await client.createLocation(agendaUid, locationOf(venue));
  await tx.insert(openagendaLocations).values({ organisationId: venue.id, agendaUid, locationUid: uid }).onConflictDoNothing();
  await recordAudit(tx, {
    actorId: actorIdOf(actor),
    entityType: 'organisation',
    entityId: venue.id,
    structureId: null,
    action: 'update',
    before: { lieuOpenAgenda: null },
    after: { lieuOpenAgenda: { agendaUid, locationUid: uid } },
  });
  return { locationUid: uid };
}
