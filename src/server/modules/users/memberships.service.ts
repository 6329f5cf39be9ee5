import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { MembershipCreate, MembershipUpdate } from '../../../contracts/users.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, isUniqueViolation, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { memberships, structures, user } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess, requireGrantable } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { findUser, type MembershipRow } from './users.queries.ts';

const WHAT = "L'appartenance";

export async function listMemberships(db: Db, actor: Actor, structureId: string | undefined) {
  if (structureId && !hasAccess(actor, 'structure:read', structureId)) throw notFound('La structure');
  const readable = readableStructureIds(actor);
  const scope = structureId ? [structureId] : readable;
  const rows = await db
    .select({ membership: memberships, user: { name: user.name, email: user.email } })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(
      and(
        isNull(memberships.deletedAt),
        scope ? inArray(memberships.structureId, scope.length ? scope : [crypto.randomUUID()]) : undefined,
      ),
    )
    .orderBy(user.name, memberships.id);
  return { items: rows.map((row) => ({ ...toDto(row.membership), user: row.user })) };
}

export async function createMembership(db: Db, actor: Actor, input: MembershipCreate) {
  requireAccess(actor, 'structure:manage', input.structureId);
  requireGrantable(actor, input.role);
  try {
    return await db.transaction(async (tx) => {
      if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
      if (!(await findUser(tx, input.userId))) throw notFound("L'utilisateur");
      const [row] = await tx.insert(memberships).values(input).returning();
      await auditWrite(tx, actor, 'membership', { before: null, after: row! });
      return toDto(row!);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Cette personne est déjà membre de cette structure.');
    throw error;
  }
}

export async function updateMembership(db: Db, actor: Actor, id: string, input: MembershipUpdate) {
  return db.transaction(async (tx) => {
    const before = await loadManageable(tx as unknown as Db, actor, id);
    requireGrantable(actor, input.role);
    requireGrantable(actor, before.role);
    const after = (await updateVersioned(tx, memberships, id, input.version, { role: input.role }, WHAT)) as MembershipRow;
    await auditWrite(tx, actor, 'membership', { before, after });
    return toDto(after);
  });
}

export async function deleteMembership(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadManageable(tx as unknown as Db, actor, id);
    requireGrantable(actor, before.role);
    await softDelete(tx, memberships, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'membership', { before, after: null });
    return { deleted: true as const, trash: true };
  });
}

async function loadManageable(db: Db, actor: Actor, id: string): Promise<MembershipRow> {
  const row = (await findLive(db, memberships, id)) as MembershipRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  requireAccess(actor, 'structure:manage', row.structureId);
  return row;
}

/**
 * A partnership or a task is owned by someone who works in its structure: a live member
 * of it, or someone of the coordination. Anyone else is refused with 400 on `ownerId`.
 */
export async function requireOwnerIn(db: DbOrTx, userId: string, structureId: string): Promise<void> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        isNull(memberships.deletedAt),
        or(eq(memberships.structureId, structureId), eq(memberships.role, 'coordinator')),
      ),
    )
    .limit(1);
  if (rows.length === 0) {
    throw new AppError('validation', 'Cette personne ne fait pas partie de la structure.', {
      errors: [{ path: 'body.ownerId', message: 'Choisissez un membre de la structure' }],
    });
  }
}
