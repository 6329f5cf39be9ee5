import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { readableStructureIds, requireAccess } from '../access/require-access.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { organisationCommitmentRows } from './action-plans.queries.ts';
import { commitmentView, isOverdue } from './action-views.ts';

/** What an organisation committed to, in the action plans the reader may see: for its partner page. */
export async function listOrganisationCommitments(db: Db, actor: Actor, organisationId: string) {
  requireAccess(actor, 'directory:read');
  await requireOrganisations(db, [organisationId]);
  const today = parisToday();
  const rows = await organisationCommitmentRows(db, organisationId, readableStructureIds(actor));
  return {
    items: rows.map((row) => ({
      ...commitmentView(row),
      structureId: row.action.structureId,
      planId: row.action.planId,
      actionTitle: row.action.title,
      actionStatus: row.action.status,
      deadline: row.action.deadline,
      overdue: isOverdue(row.action, today),
    })),
  };
}
