import { and, desc, eq, inArray } from 'drizzle-orm';
import type { EntityType } from '../../../contracts/audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { auditLog, organisations, user } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { ENTITIES } from './entities.ts';
import { mayReadEntity } from './entity-access.ts';

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findEntity(db: DbOrTx, type: EntityType, id: string): Promise<Row | undefined> {
  const { table } = ENTITIES[type];
  if (type !== 'user' && !UUID.test(id)) return undefined;
  const rows = await db.select().from(table).where(eq(table.id, id)).limit(1);
  return rows[0] as Row | undefined;
}

/** The changes of one record, newest first, each with who made it and what changed. */
export async function getHistory(db: Db, actor: Actor, type: EntityType, id: string) {
  const row = await findEntity(db, type, id);
  if (!row || !mayReadEntity(actor, type, row)) throw notFound('Cet élément');
  const entries = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, type), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const names = await userNames(
    db,
    entries.map((e) => e.actorId),
  );
  return {
    items: entries.map((entry) => ({
      id: entry.id.toString(),
      at: entry.at.toISOString(),
      action: entry.action,
      entityType: type,
      entityId: id,
      actor: entry.actorId ? { id: entry.actorId, name: names.get(entry.actorId) ?? '?' } : null,
      changes: diffFields(entry.before as Row | null, entry.after as Row | null),
    })),
  };
}

function diffFields(before: Row | null, after: Row | null) {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields].map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of users and organisations by id, for labels that mention either. */
export async function entityNames(db: DbOrTx, ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
  const names = await userNames(db, wanted);
  const uuids = wanted.filter((id) => UUID.test(id));
  if (uuids.length === 0) return names;
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, uuids));
  for (const row of rows) names.set(row.id, row.name);
  return names;
}
