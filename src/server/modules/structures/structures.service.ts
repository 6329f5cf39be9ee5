import type { StructureCreate, StructureUpdate } from '../../../contracts/structures.ts';
import type { Db } from '../../db/client.ts';
import { findLive, isUniqueViolation, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { insertStructure, listLiveStructures, type StructureRow } from './structures.queries.ts';

const WHAT = 'La structure';

export async function listStructures(db: Db, actor: Actor) {
  const rows = await listLiveStructures(db, readableStructureIds(actor));
  return { items: rows.map(toDto) };
}

export async function getStructure(db: Db, actor: Actor, id: string) {
  // Another structure's record is reported as missing rather than forbidden: ids leak nothing.
  if (!hasAccess(actor, 'structure:read', id)) throw notFound(WHAT);
  const row = await findLive(db, structures, id);
  if (!row) throw notFound(WHAT);
  return toDto(row as StructureRow);
}

export async function createStructure(db: Db, actor: Actor, input: StructureCreate) {
  requireAccess(actor, 'global:admin');
  if (input.kind === 'local' && !input.departement) {
    throw new AppError('validation', 'Une structure locale a un département.', {
      errors: [{ path: 'body.departement', message: 'Obligatoire pour une structure locale' }],
    });
  }
  try {
    return await db.transaction(async (tx) => {
      const row = await insertStructure(tx, input);
      await auditWrite(tx, actor, 'structure', { before: null, after: row }, row.id);
      return toDto(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `Le code ${input.code} est déjà utilisé.`);
    throw error;
  }
}

export async function updateStructure(db: Db, actor: Actor, id: string, input: StructureUpdate) {
  if (!hasAccess(actor, 'structure:read', id)) throw notFound(WHAT);
  requireAccess(actor, 'structure:manage', id);
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = (await findLive(tx, structures, id)) as StructureRow | undefined;
    if (!before) throw notFound(WHAT);
    const after = (await updateVersioned(tx, structures, id, version, patch, WHAT)) as StructureRow;
    await auditWrite(tx, actor, 'structure', { before, after }, after.id);
    return toDto(after);
  });
}

export async function deleteStructure(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'global:admin');
  return db.transaction(async (tx) => {
    const before = (await findLive(tx, structures, id)) as StructureRow | undefined;
    if (!before) throw notFound(WHAT);
    await softDelete(tx, structures, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'structure', { before, after: null }, before.id);
    return { deleted: true as const, trash: true };
  });
}
