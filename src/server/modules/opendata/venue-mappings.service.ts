import type { VenueMappingCreate, VenueMappingUpdate } from '../../../contracts/opendata.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, softDelete, updateVersioned } from '../../db/records.ts';
import { venueMappings } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { findLiveMappingByName, insertMapping, listLiveMappings, type VenueMappingRow } from './venue-mappings.queries.ts';

const WHAT = 'La correspondance';

function toMappingDto({ id, name, label, sector, columns, structureId, version }: VenueMappingRow) {
  return { id, name, label, sector, columns, structureId, version };
}

/** The shipped mappings, read-only, and those saved by the structures the actor reads. */
export async function listVenueMappings(db: Db, actor: Actor) {
  requireAccess(actor, 'directory:read');
  return { items: (await listLiveMappings(db, readableStructureIds(actor))).map(toMappingDto) };
}

/** A mapping an import may use: shipped, or saved by a structure the actor reads; any other is unknown. */
export async function requireUsableMapping(db: DbOrTx, actor: Actor, name: string): Promise<void> {
  const row = await findLiveMappingByName(db, name);
  if (!row || (row.structureId !== null && !hasAccess(actor, 'structure:read', row.structureId))) {
    throw new AppError('validation', `Correspondance de colonnes inconnue : « ${name} ».`, {
      errors: [{ path: 'mapping', message: 'Correspondance inconnue' }],
    });
  }
}

export async function createVenueMapping(db: Db, actor: Actor, input: VenueMappingCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  return db.transaction(async (tx) => {
    const row = await insertMapping(tx, input);
    await auditWrite(tx, actor, 'venue_mapping', { before: null, after: row });
    return toMappingDto(row);
  });
}

/** A structure's saved mapping the actor may change; a shipped one is read-only, another structure's is missing. */
async function loadWritable(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  permission: 'structure:write' | 'structure:manage',
): Promise<VenueMappingRow> {
  const row = (await findLive(tx, venueMappings, id)) as VenueMappingRow | undefined;
  if (!row || (row.structureId !== null && !hasAccess(actor, 'structure:read', row.structureId))) throw notFound(WHAT);
  if (row.structureId === null)
    throw new AppError('conflict', 'Cette correspondance est fournie avec Maillage : copiez-la sous un autre nom pour la modifier.');
  requireAccess(actor, permission, row.structureId);
  return row;
}

export async function updateVenueMapping(db: Db, actor: Actor, id: string, input: VenueMappingUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadWritable(tx, actor, id, 'structure:write');
    const after = (await updateVersioned(tx, venueMappings, id, version, patch, WHAT)) as VenueMappingRow;
    await auditWrite(tx, actor, 'venue_mapping', { before, after });
    return toMappingDto(after);
  });
}

/** To the trash (managers): its name stays taken until it is purged, so entries keep a single source. */
export async function deleteVenueMapping(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadWritable(tx, actor, id, 'structure:manage');
    await softDelete(tx, venueMappings, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'venue_mapping', { before, after: null });
    return { deleted: true as const, trash: true };
  });
}
