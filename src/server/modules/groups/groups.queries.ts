import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { citizenGroups, groupSessions } from '../../db/schema/index.ts';

export type GroupRow = typeof citizenGroups.$inferSelect;
export type SessionRow = typeof groupSessions.$inferSelect;

const inStructures = (readable: string[] | null) =>
  readable ? inArray(citizenGroups.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined;

/** Groups by name, each with its number of sessions. */
export async function listGroupRows(db: DbOrTx, readable: string[] | null, structureId: string | undefined) {
  return db
    .select({ group: citizenGroups, sessionCount: count(groupSessions.id) })
    .from(citizenGroups)
    .leftJoin(groupSessions, and(eq(groupSessions.groupId, citizenGroups.id), isNull(groupSessions.deletedAt)))
    .where(
      and(isNull(citizenGroups.deletedAt), inStructures(readable), structureId ? eq(citizenGroups.structureId, structureId) : undefined),
    )
    .groupBy(citizenGroups.id)
    .orderBy(asc(citizenGroups.name), asc(citizenGroups.id))
    .limit(500);
}

export async function sessionRowsOf(db: DbOrTx, groupId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.groupId, groupId), isNull(groupSessions.deletedAt)))
    .orderBy(asc(groupSessions.heldOn), asc(groupSessions.createdAt));
}

export async function groupByToken(db: DbOrTx, token: string): Promise<GroupRow | undefined> {
  const rows = await db
    .select()
    .from(citizenGroups)
    .where(and(eq(citizenGroups.formToken, token), isNull(citizenGroups.deletedAt)))
    .limit(1);
  return rows[0];
}

export async function insertGroup(db: DbOrTx, values: typeof citizenGroups.$inferInsert): Promise<GroupRow> {
  const [row] = await db.insert(citizenGroups).values(values).returning();
  return row!;
}

export async function insertSession(db: DbOrTx, values: typeof groupSessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(groupSessions).values(values).returning();
  return row!;
}
