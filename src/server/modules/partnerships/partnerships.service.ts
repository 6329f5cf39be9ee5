import {
  type PartnershipCreate,
  type PartnershipListQuery,
  type PartnershipUpdate,
  partnershipSchema,
} from '../../../contracts/partnerships.ts';
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
import { dormantCutoff, isDormant } from './dormancy.ts';
import {
  findLivePartnership,
  insertPartnership,
  insertStageChange,
  listPartnershipRows,
  type OrganisationSummaryRow,
  type PartnershipRow,
} from './partnerships.queries.ts';

const WHAT = 'Le partenariat';

/** `dormantMonths`: the MAILLAGE_DORMANT_MONTHS setting. */
export const toPartnershipDto = (row: PartnershipRow, organisation: OrganisationSummaryRow, dormantMonths: number) => ({
  ...toDto(row),
  organisation,
  dormant: isDormant(row, dormantCutoff(dormantMonths)),
});

export async function listPartnerships(db: Db, actor: Actor, query: PartnershipListQuery, dormantMonths: number) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const readable = readableStructureIds(actor);
  const cutoff = dormantCutoff(dormantMonths);
  const { rows, total } = await withNearFallback(db, query.q, (tx, near) => listPartnershipRows(tx, query, readable, cutoff, near));
  return pageOf(
    rows.map((r) => toPartnershipDto(r.partnership, r.organisation, dormantMonths)),
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

export async function getPartnership(db: Db, actor: Actor, id: string, dormantMonths: number) {
  const { partnership, organisation } = await loadReadablePartnership(db, actor, id);
  return toPartnershipDto(partnership, organisation, dormantMonths);
}

/** One live partnership per organisation and structure; its stage history starts here. */
export async function createPartnership(db: Db, actor: Actor, input: PartnershipCreate, dormantMonths: number) {
  requireAccess(actor, 'structure:write', input.structureId);
  try {
    return await db.transaction(async (tx) => {
      if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
      await requireOrganisations(tx, [input.organisationId]);
      if (input.ownerId) await requireOwnerIn(tx, input.ownerId, input.structureId);
      const now = new Date();
      const row = await insertPartnership(tx, { ...input, stageChangedAt: now });
      await insertStageChange(tx, { partnershipId: row.id, fromStage: null, toStage: row.stage, at: now, actorId: actorIdOf(actor) });
      await recordAudit(tx, audit(actor, row, 'create', null, row));
      const { organisation } = (await findLivePartnership(tx, row.id))!;
      return toPartnershipDto(row, organisation, dormantMonths);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'Cette structure suit déjà cette organisation : ouvrez le partenariat existant.');
    }
    throw error;
  }
}

/**
 * A change of stage is dated in the stage history, in the same transaction as the update.
 * A stale version gets 409 with the current partnership as GET shows it.
 */
export async function updatePartnership(db: Db, actor: Actor, id: string, input: PartnershipUpdate, dormantMonths: number) {
  try {
    return await applyUpdate(db, actor, id, input, dormantMonths);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'stale')) throw error;
    // Parsed by the response contract, as GET's answer is.
    const current = partnershipSchema.parse(await getPartnership(db, actor, id, dormantMonths));
    throw new AppError('stale', error.message, { current });
  }
}

async function applyUpdate(db: Db, actor: Actor, id: string, input: PartnershipUpdate, dormantMonths: number) {
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
    return toPartnershipDto(after, organisation, dormantMonths);
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

export function audit(
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
