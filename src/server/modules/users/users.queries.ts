import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, structures, user } from '../../db/schema/index.ts';

export type MembershipRow = typeof memberships.$inferSelect;
export type UserRow = typeof user.$inferSelect;

export async function liveMembershipsOf(db: DbOrTx, userIds: string[]): Promise<MembershipRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(memberships)
    .where(and(inArray(memberships.userId, userIds), isNull(memberships.deletedAt)));
}

/** Users, optionally only those holding a live membership in one of the given structures. */
export async function listUsers(db: DbOrTx, inStructures: string[] | null): Promise<UserRow[]> {
  if (!inStructures) return db.select().from(user).orderBy(asc(user.name));
  if (inStructures.length === 0) return [];
  return db
    .selectDistinct({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    .from(user)
    .innerJoin(memberships, eq(memberships.userId, user.id))
    .where(and(inArray(memberships.structureId, inStructures), isNull(memberships.deletedAt)))
    .orderBy(asc(user.name));
}

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(user).where(eq(user.id, id)).limit(1);
  return row;
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(user).where(eq(user.email, email)).limit(1);
  return row;
}

/** The memberships that decide access, with their structure, for one user. */
export async function membershipsWithStructure(db: DbOrTx, userId: string) {
  return db
    .select({
      id: memberships.id,
      role: memberships.role,
      structureId: memberships.structureId,
      structure: { id: structures.id, code: structures.code, name: structures.name, kind: structures.kind },
    })
    .from(memberships)
    .innerJoin(structures, eq(structures.id, memberships.structureId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deletedAt), isNull(structures.deletedAt)))
    .orderBy(asc(structures.kind), asc(structures.code));
}
