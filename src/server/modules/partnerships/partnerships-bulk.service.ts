import type { BulkAction, PartnershipBulk } from '../../../contracts/partnerships.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { actorIdOf, hasAccess, requireAccess } from '../access/require-access.ts';
import { type AuditInput, recordAudits } from '../audit/audit.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import { livePartnershipsForUpdate, type PartnershipRow } from './partnerships.queries.ts';
import { audit } from './partnerships.service.ts';
import { insertStageChanges, liveOrganisationsForUpdate, retagOrganisations, updatePartnershipsById } from './partnerships-bulk.queries.ts';

/**
 * One change applied to a selection of partnerships, all or nothing in one transaction: every
 * partnership must be readable (else 404) and writable (else 403) by the actor, and each change
 * is audited (and, for a stage, dated in the stage history) as a single update would be.
 * Returns how many partnerships changed; those already in the wanted state are left alone.
 */
export async function bulkUpdatePartnerships(db: Db, actor: Actor, input: PartnershipBulk) {
  const { ids, action } = input;
  return db.transaction(async (tx) => {
    const rows = (await livePartnershipsForUpdate(tx, ids)).map((r) => r.partnership);
    const structureIds = [...new Set(rows.map((row) => row.structureId))];
    if (rows.length !== ids.length || structureIds.some((id) => !hasAccess(actor, 'structure:read', id))) {
      const missing = ids.length - rows.filter((row) => hasAccess(actor, 'structure:read', row.structureId)).length;
      throw new AppError(
        'not_found',
        `${missing} partenariat${missing > 1 ? 's' : ''} sur ${ids.length} introuvable${missing > 1 ? 's' : ''} : rien n’a été modifié.`,
      );
    }
    for (const structureId of structureIds) requireAccess(actor, 'structure:write', structureId);
    return { updated: await apply(tx, actor, rows, structureIds, action) };
  });
}

async function apply(tx: DbOrTx, actor: Actor, rows: PartnershipRow[], structureIds: string[], action: BulkAction): Promise<number> {
  switch (action.type) {
    case 'add_tag':
    case 'remove_tag':
      return retag(tx, actor, rows, action.tag, action.type === 'add_tag');
    case 'owner': {
      const { ownerId } = action;
      if (ownerId) for (const structureId of structureIds) await requireOwnerIn(tx, ownerId, structureId);
      const changing = rows.filter((row) => row.ownerId !== ownerId);
      const after = await updatePartnershipsById(
        tx,
        changing.map((row) => row.id),
        { ownerId },
      );
      await auditUpdates(tx, actor, changing, after);
      return after.length;
    }
    case 'stage': {
      const changing = rows.filter((row) => row.stage !== action.stage);
      const now = new Date();
      const after = await updatePartnershipsById(
        tx,
        changing.map((row) => row.id),
        { stage: action.stage, stageChangedAt: now },
      );
      const actorId = actorIdOf(actor);
      await insertStageChanges(
        tx,
        changing.map((row) => ({ partnershipId: row.id, fromStage: row.stage, toStage: action.stage, at: now, actorId })),
      );
      await auditUpdates(tx, actor, changing, after);
      return after.length;
    }
  }
}

async function auditUpdates(tx: DbOrTx, actor: Actor, before: PartnershipRow[], after: PartnershipRow[]) {
  const previous = new Map(before.map((row) => [row.id, row]));
  await recordAudits(
    tx,
    after.map((row) => audit(actor, row, 'update', previous.get(row.id)!, row)),
  );
}

/** Tags belong to the organisation (shared by every structure): tagging also needs the right to write the directory. */
async function retag(tx: DbOrTx, actor: Actor, rows: PartnershipRow[], tag: string, add: boolean): Promise<number> {
  requireAccess(actor, 'directory:write');
  const organisations = await liveOrganisationsForUpdate(tx, [...new Set(rows.map((row) => row.organisationId))]);
  const changing = organisations.filter((organisation) => organisation.tags.includes(tag) !== add);
  const after = await retagOrganisations(
    tx,
    changing.map((organisation) => organisation.id),
    tag,
    add,
  );
  const previous = new Map(changing.map((row) => [row.id, row]));
  const audits: AuditInput[] = after.map((row) => ({
    actorId: actorIdOf(actor),
    entityType: 'organisation',
    entityId: row.id,
    structureId: null,
    action: 'update',
    before: previous.get(row.id)!,
    after: row,
  }));
  await recordAudits(tx, audits);
  const retagged = new Set(after.map((row) => row.id));
  return rows.filter((row) => retagged.has(row.organisationId)).length;
}
