import type { EntityType } from '../../../contracts/audit.ts';
import type { Actor } from '../../http/actor.ts';
import { hasAccess } from '../access/require-access.ts';
import { ENTITIES } from './entities.ts';

type Row = Record<string, unknown>;

/** Whether the actor may see this record (its history, its place in the trash). */
export function mayReadEntity(actor: Actor, type: EntityType, row: Row): boolean {
  const def = ENTITIES[type];
  if (def.directory) return hasAccess(actor, 'directory:read');
  const structureId = def.structureIdOf(row);
  if (structureId) return hasAccess(actor, 'structure:read', structureId);
  return actor.isCoordinator || (type === 'user' && row.id === actor.userId);
}

/** Whether the actor may restore this row: a structure's manager, the coordination for a structure itself. */
export function mayRestoreEntity(actor: Actor, type: EntityType, row: Row): boolean {
  if (type === 'structure') return actor.isCoordinator;
  if (ENTITIES[type].directory) return hasAccess(actor, 'directory:manage');
  return hasAccess(actor, 'structure:manage', ENTITIES[type].structureIdOf(row));
}
