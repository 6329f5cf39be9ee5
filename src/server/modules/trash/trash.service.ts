import { desc, isNotNull } from 'drizzle-orm';
import { ENTITY_TYPES, type EntityType } from '../../../contracts/audit.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation, type RecordTable, restoreDeleted, toDto } from '../../db/records.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ENTITIES } from '../audit/entities.ts';
import { mayReadEntity, mayRestoreEntity } from '../audit/entity-access.ts';
import { entityNames, findEntity } from '../audit/history.service.ts';
import { refuseRestoringMerged } from '../merges/merged-records.ts';

type Row = Record<string, unknown>;

export async function listTrash(db: Db, actor: Actor, structureId: string | undefined) {
  const items = [];
  for (const type of ENTITY_TYPES) {
    const def = ENTITIES[type];
    if (!def.trashable) continue;
    const table = def.table as RecordTable;
    const rows = (await db.select().from(table).where(isNotNull(table.deletedAt)).orderBy(desc(table.deletedAt))) as Row[];
    const visible = rows.filter((row) => mayRestoreEntity(actor, type, row) && (!structureId || def.structureIdOf(row) === structureId));
    const names = await entityNames(
      db,
      visible.flatMap((r) => [r.deletedBy, r.userId, r.organisationId, r.fromId, r.toId]),
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
      if (!row?.deletedAt || !mayReadEntity(actor, type, row)) {
        throw notFound('Cet élément de la corbeille');
      }
      if (!mayRestoreEntity(actor, type, row)) requireAccess(actor, 'global:admin');
      await refuseRestoringMerged(tx, row);
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
