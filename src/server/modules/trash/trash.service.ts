import { desc, isNotNull } from 'drizzle-orm';
import { ENTITY_TYPES, type EntityType } from '../../../contracts/audit.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation, type RecordTable, restoreDeleted, toDto } from '../../db/records.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ENTITIES } from '../audit/entities.ts';
import { findEntity, userNames } from '../audit/history.service.ts';

type Row = Record<string, unknown>;

/** Whether the actor may restore this row: a structure's manager, or the coordination for a structure itself. */
function mayRestore(actor: Actor, type: EntityType, row: Row): boolean {
  if (type === 'structure') return actor.isCoordinator;
  return hasAccess(actor, 'structure:manage', ENTITIES[type].structureIdOf(row));
}

export async function listTrash(db: Db, actor: Actor, structureId: string | undefined) {
  const items = [];
  for (const type of ENTITY_TYPES) {
    const def = ENTITIES[type];
    if (!def.trashable) continue;
    const table = def.table as RecordTable;
    const rows = (await db.select().from(table).where(isNotNull(table.deletedAt)).orderBy(desc(table.deletedAt))) as Row[];
    const visible = rows.filter((row) => mayRestore(actor, type, row) && (!structureId || def.structureIdOf(row) === structureId));
    const names = await userNames(
      db,
      visible.flatMap((r) => [r.deletedBy as string | null, r.userId as string | null]),
    );
    for (const row of visible) {
      const deletedBy = row.deletedBy as string | null;
      items.push({
        entityType: type,
        entityId: row.id as string,
        label: def.labelOf(row, names),
        structureId: def.structureIdOf(row),
        deletedAt: (row.deletedAt as Date).toISOString(),
        deletedBy: deletedBy ? { id: deletedBy, name: names.get(deletedBy) ?? '?' } : null,
      });
    }
  }
  items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return { items };
}

export async function restoreFromTrash(db: Db, actor: Actor, type: EntityType, id: string) {
  const def = ENTITIES[type];
  if (!def.trashable) throw notFound('Cet élément de la corbeille');
  try {
    return await db.transaction(async (tx) => {
      const row = await findEntity(tx, type, id);
      if (!row?.deletedAt || !hasAccess(actor, 'structure:read', def.structureIdOf(row) ?? undefined)) {
        throw notFound('Cet élément de la corbeille');
      }
      if (!mayRestore(actor, type, row)) requireAccess(actor, 'global:admin');
      const restored = await restoreDeleted(tx, def.table as RecordTable, id);
      await recordAudit(tx, {
        actorId: actorIdOf(actor),
        entityType: type,
        entityId: id,
        structureId: def.structureIdOf(row),
        action: 'restore',
        before: null,
        after: toDto(restored ?? row),
      });
      return { restored: true as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Un élément identique existe déjà : restauration impossible.');
    throw error;
  }
}
