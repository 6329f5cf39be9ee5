import type { SavedViewCreate, SavedViewPage, SavedViewUpdate } from '../../../contracts/saved-views.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, isUniqueViolation, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { savedViews } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { insertSavedView, listSavedViewRows, type SavedViewRow } from './saved-views.queries.ts';

const WHAT = 'La vue enregistrée';
const taken = (name: string) =>
  new AppError('conflict', `Vous avez déjà une vue nommée « ${name} » sur cette liste : choisissez un autre nom.`);

/**
 * Saved views are personal: anyone who reads the lists keeps their own, and nobody sees or
 * changes another person's (reported as missing).
 */
export async function listSavedViews(db: Db, actor: Actor, page: SavedViewPage) {
  requireAccess(actor, 'directory:read');
  return { items: (await listSavedViewRows(db, actor.userId, page)).map(toDto) };
}

export async function createSavedView(db: Db, actor: Actor, input: SavedViewCreate) {
  requireAccess(actor, 'directory:read');
  try {
    return await db.transaction(async (tx) => {
      const row = await insertSavedView(tx, { ...input, userId: actor.userId });
      await auditWrite(tx, actor, 'saved_view', { before: null, after: row }, null);
      return toDto(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

export async function updateSavedView(db: Db, actor: Actor, id: string, input: SavedViewUpdate) {
  requireAccess(actor, 'directory:read');
  const { version, ...patch } = input;
  try {
    return await db.transaction(async (tx) => {
      const before = await loadOwn(tx, actor, id);
      const after = (await updateVersioned(tx, savedViews, id, version, patch, WHAT)) as SavedViewRow;
      await auditWrite(tx, actor, 'saved_view', { before, after }, null);
      return toDto(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.name ?? '');
    throw error;
  }
}

export async function deleteSavedView(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:read');
  return db.transaction(async (tx) => {
    const before = await loadOwn(tx, actor, id);
    await softDelete(tx, savedViews, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'saved_view', { before, after: null }, null);
    return { deleted: true as const, trash: false };
  });
}

async function loadOwn(db: DbOrTx, actor: Actor, id: string): Promise<SavedViewRow> {
  const row = (await findLive(db, savedViews, id)) as SavedViewRow | undefined;
  if (!row || row.userId !== actor.userId) throw notFound(WHAT);
  return row;
}
