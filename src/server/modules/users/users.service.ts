import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { UserCreate } from '../../../contracts/users.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, toDto } from '../../db/records.ts';
import { account, memberships, structures, user, verification } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { invitationMessage } from '../../mail/messages.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess, requireGrantable, SYSTEM_ACTOR } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUser, findUserByEmail, listUsers, liveMembershipsOf, type UserRow } from './users.queries.ts';

const INVITATION_DAYS = 7;

export async function listUsersFor(db: Db, actor: Actor) {
  const manageable = actor.isCoordinator
    ? null
    : actor.memberships.filter((m) => hasAccess(actor, 'structure:manage', m.structureId)).map((m) => m.structureId);
  if (manageable && manageable.length === 0) requireAccess(actor, 'global:admin');
  const rows = await listUsers(db, manageable);
  return { items: await withMemberships(db, rows, manageable) };
}

export async function getUserFor(db: Db, actor: Actor, id: string) {
  const row = await findUser(db, id);
  const visible = readableStructureIds(actor);
  const [withLinks] = row ? await withMemberships(db, [row], visible) : [];
  const shares = withLinks && (actor.isCoordinator || id === actor.userId || withLinks.memberships.length > 0);
  if (!withLinks || !shares) throw notFound("L'utilisateur");
  return withLinks;
}

async function withMemberships(db: DbOrTx, rows: UserRow[], visibleStructures: string[] | null) {
  const links = await liveMembershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    createdAt: row.createdAt.toISOString(),
    memberships: links.filter((m) => m.userId === row.id && (!visibleStructures || visibleStructures.includes(m.structureId))).map(toDto),
  }));
}

/**
 * Opens an account with its first membership, in one transaction. Without a password,
 * the person receives a link to choose one (the same token as a password reset).
 */
export async function createUser(db: Db, mailer: Mailer, actor: Actor | null, input: UserCreate, publicUrl: string) {
  if (actor) {
    requireAccess(actor, 'structure:manage', input.structureId);
    requireGrantable(actor, input.role);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const result = await db.transaction(async (tx) => {
    const structure = await findLive(tx, structures, input.structureId);
    if (!structure) throw notFound('La structure');
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError('conflict', `Un compte existe déjà pour ${input.email} : ajoutez-lui plutôt une appartenance.`);
    }
    const userId = crypto.randomUUID();
    const [created] = await tx.insert(user).values({ id: userId, name: input.name, email: input.email }).returning();
    if (passwordHash) {
      await tx
        .insert(account)
        .values({ id: crypto.randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
    }
    const [membership] = await tx.insert(memberships).values({ userId, structureId: input.structureId, role: input.role }).returning();
    const actorId = actor ? actorIdOf(actor) : null;
    await recordAudit(tx, {
      actorId,
      entityType: 'user',
      entityId: userId,
      structureId: null,
      action: 'create',
      before: null,
      after: { name: input.name, email: input.email },
    });
    await recordAudit(tx, {
      actorId,
      entityType: 'membership',
      entityId: membership!.id,
      structureId: input.structureId,
      action: 'create',
      before: null,
      after: membership!,
    });
    const invitation = passwordHash ? null : await createInvitationToken(tx, userId);
    return { created: created!, structureName: structure.name as string, invitation };
  });
  if (result.invitation) {
    const url = `${publicUrl}/reinitialiser?token=${result.invitation}`;
    await mailer.send(invitationMessage(input.email, input.name, result.structureName, url));
  }
  return getUserFor(db, actor ?? SYSTEM_ACTOR, result.created.id);
}

async function createInvitationToken(tx: DbOrTx, userId: string): Promise<string> {
  const token = randomBytes(18).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  await tx.insert(verification).values({ id: crypto.randomUUID(), identifier: `reset-password:${token}`, value: userId, expiresAt });
  return token;
}
