import type { ContributionListQuery, ContributionModerate } from '../../../contracts/contributions.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { contributions } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireModule } from '../groups/exhibition-module.ts';
import { type ContributionRow, listContributionRows, photoOf } from './contributions.queries.ts';

const WHAT = 'La contribution';

export async function listContributions(db: Db, actor: Actor, query: ContributionListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const { rows, total } = await listContributionRows(db, query, readableStructureIds(actor));
  return pageOf(rows.map(toDto), total, query);
}

async function loadReadable(db: DbOrTx, actor: Actor, id: string): Promise<ContributionRow> {
  const row = (await findLive(db, contributions, id)) as ContributionRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  return row;
}

export async function getContribution(db: Db, actor: Actor, id: string) {
  return toDto(await loadReadable(db, actor, id));
}

/** Staff see a photo whatever its moderation. */
export async function getContributionPhoto(db: Db, actor: Actor, id: string) {
  const row = await loadReadable(db, actor, id);
  const photo = row.hasPhoto ? await photoOf(db, row.id) : undefined;
  if (!photo) throw notFound('La photo');
  return photo;
}

function refuse(field: string, message: string): AppError {
  return new AppError('validation', message, { errors: [{ path: `body.${field}`, message }] });
}

/**
 * The moderation patch as stored: a rejection needs a reason, only an approved contribution is
 * selected for the wall (leaving "approved" unselects it), an edited text keeps the citizen's own.
 */
function moderated(actor: Actor, before: ContributionRow, input: Omit<ContributionModerate, 'version'>): Partial<ContributionRow> {
  const status = input.status ?? before.status;
  const reason = input.rejectionReason !== undefined ? input.rejectionReason : before.rejectionReason;
  if (status === 'rejected' && !reason) throw refuse('rejectionReason', 'Donnez la raison du refus.');
  if (input.selected && status !== 'approved') throw refuse('selected', 'Seule une contribution approuvée peut être affichée.');
  const patch: Partial<ContributionRow> = { ...input, rejectionReason: status === 'rejected' ? reason : null };
  if (status !== 'approved') patch.selected = false;
  if (input.text !== undefined && input.text !== before.text) patch.originalText = before.originalText ?? before.text;
  if (input.status !== undefined && input.status !== before.status) {
    patch.moderatedBy = actorIdOf(actor);
    patch.moderatedAt = new Date();
  }
  return patch;
}

export async function moderateContribution(db: Db, actor: Actor, id: string, input: ContributionModerate) {
  const { version, ...changes } = input;
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    await requireModule(tx, changes.moduleId);
    const patch = moderated(actor, before, changes);
    const after = (await updateVersioned(tx, contributions, id, version, patch, WHAT)) as ContributionRow;
    await recordAudit(tx, audit(actor, after, 'update', before, after));
    return toDto(after);
  });
}

export async function deleteContribution(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, contributions, id, actorIdOf(actor));
    await recordAudit(tx, audit(actor, before, 'delete', before, null));
    return { deleted: true as const, trash: true };
  });
}

function audit(actor: Actor, row: ContributionRow, action: 'update' | 'delete', before: ContributionRow, after: ContributionRow | null) {
  return {
    actorId: actorIdOf(actor),
    entityType: 'contribution' as const,
    entityId: row.id,
    structureId: row.structureId,
    action,
    before,
    after,
  };
}
