import type { PartnershipCreate, PartnershipListQuery, PartnershipUpdate } from '../../../contracts/partnerships.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, isUniqueViolation, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { partnerships, structures } from '../../db/schema/index.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import {
  findLivePartnership,
  insertPartnership,
  insertStageChange,
  listPartnershipRows,
  type PartnershipRow,
} from './partnerships.queries.ts';

const WHAT = 'Le partenariat';
type Named = { id: string; name: string };

const toPartnershipDto = (row: PartnershipRow, organisation: Named) => ({ ...toDto(row), organisation });

export async function listPartnerships(db: Db, actor: Actor, query: PartnershipListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const readable = readableStructureIds(actor);
  const { rows, total } = await withNearFallback(db, query.q, (tx, near) => listPartnershipRows(tx, query, readable, near));
  return pageOf(
    rows.map((r) => toPartnershipDto(r.partnership, r.organisation)),
    total,
    query,
  );
}

/** Another structure's partnership is reported as missing rather than forbidden. */
export async function loadReadablePartnership(db: DbOrTx, actor: Actor, id: string) {
  const found = await findLivePartnership(db, id);
  if (!found || !hasAccess(actor, 'structure:read', found.partnership.structureId)) throw notFound(WHAT);
  return found;
}

export async function getPartnership(db: Db, actor: Actor, id: string) {
  const { partnership, organisation } = await loadReadablePartnership(db, actor, id);
  return toPartnershipDto(partnership, organisation);
}

/** One live partnership per organisation and structure; its stage history starts here. */
export async function createPartnership(db: Db, actor: Actor, input: PartnershipCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  try {
    return await db.transaction(async (tx) => {
      if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
      const names = await requireOrganisations(tx, [input.organisationId]);
      if (input.ownerId) await requireOwnerIn(tx, input.ownerId, input.structureId);
      const now = new Date();
      const row = await insertPartnership(tx, { ...input, stageChangedAt: now });
      await insertStageChange(tx, { partnershipId: row.id, fromStage: null, toStage: row.stage, at: now, actorId: actorIdOf(actor) });
      await recordAudit(tx, audit(actor, row, 'create', null, row));
      return toPartnershipDto(row, { id: row.organisationId, name: names.get(row.organisationId)! });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'Cette structure suit déjà cette organisation : ouvrez le partenariat existant.');
    }
    throw error;
  }
}

/** A change of stage is dated in the stage history, in the same transaction as the update. */
export async function updatePartnership(db: Db, actor: Actor, id: string, input: PartnershipUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const { partnership: before, organisation } = await loadReadablePartnership(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    if (patch.ownerId) await requireOwnerIn(tx, patch.ownerId, before.structureId);
    const moves = patch.stage !== undefined && patch.stage !== before.stage;
    const now = new Date();
    const after = (await updateVersioned(
      tx,
      partnerships,
      id,
      version,
      moves ? { ...patch, stageChangedAt: now } : patch,
      WHAT,
    )) as PartnershipRow;
    if (moves) {
      await insertStageChange(tx, { partnershipId: id, fromStage: before.stage, toStage: after.stage, at: now, actorId: actorIdOf(actor) });
    }
    await recordAudit(tx, audit(actor, after, 'update', before, after));
    return toPartnershipDto(after, organisation);
  });
}

export async function deletePartnership(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const { partnership: before } = await loadReadablePartnership(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, partnerships, id, actorIdOf(actor));
    await recordAudit(tx, audit(actor, before, 'delete', before, null));
    return { deleted: true as const, trash: true };
  });
}

function audit(
  actor: Actor,
  row: PartnershipRow,
  action: 'create' | 'update' | 'delete',
  before: PartnershipRow | null,
  after: PartnershipRow | null,
) {
  return {
    actorId: actorIdOf(actor),
    entityType: 'partnership' as const,
    entityId: row.id,
    structureId: row.structureId,
    action,
    before,
    after,
  };
}
