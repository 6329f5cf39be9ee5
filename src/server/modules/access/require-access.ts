import type { Role } from '../../../contracts/roles.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';

/** What an actor may do; each permission names the narrowest role that holds it. */
const PERMISSIONS = {
  /** read the structure's records */
  'structure:read': 'observer',
  /** create and change the structure's records */
  'structure:write': 'member',
  /** change the structure itself, its members and its trash */
  'structure:manage': 'manager',
  /** everything across structures: create structures, see every user */
  'global:admin': 'coordinator',
  /** read the shared directory of organisations and contacts */
  'directory:read': 'observer',
  /** create and change organisations, contacts and their links */
  'directory:write': 'member',
  /** delete from the directory and restore from its trash */
  'directory:manage': 'manager',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSIONS;

/**
 * The directory belongs to no structure: for it, the actor's best role across all their
 * memberships decides. A user left without any membership reads nothing, not even the directory.
 */
const DIRECTORY_PERMISSIONS = new Set<Permission>(['directory:read', 'directory:write', 'directory:manage']);

const RANK: Record<Role, number> = { coordinator: 4, manager: 3, member: 2, observer: 1 };

export function hasAccess(actor: Actor, permission: Permission, structureId?: string | null): boolean {
  if (actor.isCoordinator) return true;
  const needed = RANK[PERMISSIONS[permission]];
  if (DIRECTORY_PERMISSIONS.has(permission)) return actor.memberships.some((m) => RANK[m.role] >= needed);
  if (!structureId) return false;
  return actor.memberships.some((m) => m.structureId === structureId && RANK[m.role] >= needed);
}

/** The one place access is decided; every service calls it before touching data. */
export function requireAccess(actor: Actor, permission: Permission, structureId?: string | null): void {
  if (!hasAccess(actor, permission, structureId)) {
    const where = DIRECTORY_PERMISSIONS.has(permission) ? 'dans l’annuaire partagé' : 'sur cette structure';
    throw new AppError('forbidden', `Votre rôle ne permet pas cette action ${where}.`);
  }
}

/** Structures whose records the actor may read; null means all of them. */
export function readableStructureIds(actor: Actor): string[] | null {
  return actor.isCoordinator ? null : actor.memberships.map((m) => m.structureId);
}

/** A manager may grant roles up to their own, never coordinator. */
export function requireGrantable(actor: Actor, role: Role): void {
  if (role === 'coordinator' && !actor.isCoordinator) {
    throw new AppError('forbidden', 'Seule la coordination peut attribuer le rôle de coordination.');
  }
}

/** The command line and the demo loader act with every right; their writes carry no actor. */
export const SYSTEM_ACTOR: Actor = { userId: '', name: 'Maillage', email: '', memberships: [], isCoordinator: true };
export const actorIdOf = (actor: Actor): string | null => actor.userId || null;
