import type {
  ActionCreate,
  ActionUpdate,
  CommitmentCreate,
  CommitmentUpdate,
  PlanCreate,
  PlanUpdate,
} from '../../../contracts/action-plans.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, isUniqueViolation, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { actionCommitments, actionPlans, planActions, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadLiveContact } from '../contacts/contacts.service.ts';
import { requireModule } from '../groups/exhibition-module.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import {
  type ActionRow,
  actionRowsOf,
  type CommitmentRow,
  commitmentRowsOf,
  insertAction,
  insertCommitment,
  insertPlan,
  isAffiliatedOn,
  listPlanRows,
  type PlanRow,
} from './action-plans.queries.ts';
import { actionView, commitmentView } from './action-views.ts';

const PLAN = 'Le plan d’action';
const ACTION = 'L’action';
const COMMITMENT = 'L’engagement';
type Audited = 'action_plan' | 'plan_action' | 'action_commitment';

export async function listPlans(db: Db, actor: Actor, structureId: string | undefined) {
  if (structureId && !hasAccess(actor, 'structure:read', structureId)) throw notFound('La structure');
  return { items: (await listPlanRows(db, readableStructureIds(actor), structureId)).map(toDto) };
}

async function loadPlan(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  const row = (await findLive(db, actionPlans, id)) as PlanRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(PLAN);
  return row;
}

async function planDetail(db: DbOrTx, plan: PlanRow) {
  const actions = await actionRowsOf(db, plan.id);
  const commitments = await commitmentRowsOf(
    db,
    actions.map((a) => a.id),
  );
  const today = parisToday();
  return { ...toDto(plan), actions: actions.map((action) => actionView(action, commitments, today)) };
}

export async function getPlan(db: Db, actor: Actor, id: string) {
  return planDetail(db, await loadPlan(db, actor, id));
}

export async function createPlan(db: Db, actor: Actor, input: PlanCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  try {
    return await db.transaction(async (tx) => {
      if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
      const row = await insertPlan(tx, input);
      await recordAudit(tx, audit(actor, 'action_plan', row, 'create', null, row));
      return planDetail(tx, row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Cette structure a déjà son plan d’action.');
    throw error;
  }
}

export async function updatePlan(db: Db, actor: Actor, id: string, input: PlanUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadPlan(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    const after = (await updateVersioned(tx, actionPlans, id, version, patch, PLAN)) as PlanRow;
    await recordAudit(tx, audit(actor, 'action_plan', after, 'update', before, after));
    return planDetail(tx, after);
  });
}

async function checkAction(tx: DbOrTx, structureId: string, input: Partial<ActionCreate>, before?: ActionRow) {
  if (input.ownerId) await requireOwnerIn(tx, input.ownerId, structureId);
  await requireModule(tx, input.moduleId);
  const startOn = input.startOn !== undefined ? input.startOn : (before?.startOn ?? null);
  const deadline = input.deadline !== undefined ? input.deadline : (before?.deadline ?? null);
  if (startOn && deadline && deadline < startOn) {
    throw new AppError('validation', 'L’échéance précède le début.', {
      errors: [{ path: 'body.deadline', message: 'Choisissez une échéance après le début' }],
    });
  }
}

async function actionResponse(tx: DbOrTx, action: ActionRow) {
  return actionView(action, await commitmentRowsOf(tx, [action.id]), parisToday());
}

export async function addAction(db: Db, actor: Actor, planId: string, input: ActionCreate) {
  return db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, planId);
    requireAccess(actor, 'structure:write', plan.structureId);
    await checkAction(tx, plan.structureId, input);
    const row = await insertAction(tx, { ...input, planId, structureId: plan.structureId });
    await recordAudit(tx, audit(actor, 'plan_action', row, 'create', null, row));
    return actionResponse(tx, row);
  });
}

async function loadAction(tx: DbOrTx, actor: Actor, planId: string, actionId: string): Promise<ActionRow> {
  await loadPlan(tx, actor, planId);
  const row = (await findLive(tx, planActions, actionId)) as ActionRow | undefined;
  if (!row || row.planId !== planId) throw notFound(ACTION);
  return row;
}

export async function updateAction(db: Db, actor: Actor, planId: string, actionId: string, input: ActionUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadAction(tx, actor, planId, actionId);
    requireAccess(actor, 'structure:write', before.structureId);
    await checkAction(tx, before.structureId, patch, before);
    const after = (await updateVersioned(tx, planActions, actionId, version, patch, ACTION)) as ActionRow;
    await recordAudit(tx, audit(actor, 'plan_action', after, 'update', before, after));
    return actionResponse(tx, after);
  });
}

export async function deleteAction(db: Db, actor: Actor, planId: string, actionId: string) {
  return db.transaction(async (tx) => {
    const before = await loadAction(tx, actor, planId, actionId);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, planActions, actionId, actorIdOf(actor));
    await recordAudit(tx, audit(actor, 'plan_action', before, 'delete', before, null));
    return { deleted: true as const, trash: true };
  });
}

/** The signatory must hold an affiliation to the committed organisation on the signing day (today when undated). */
async function requireSignatory(
  tx: DbOrTx,
  input: Pick<CommitmentCreate, 'organisationId' | 'signatoryContactId' | 'signedOn'>,
): Promise<void> {
  if (!input.signatoryContactId) return;
  await loadLiveContact(tx, input.signatoryContactId);
  if (!(await isAffiliatedOn(tx, input.signatoryContactId, input.organisationId, input.signedOn ?? parisToday()))) {
    throw new AppError('unprocessable', 'Le signataire n’est pas rattaché à cette organisation : ajoutez d’abord son affiliation.', {
      errors: [{ path: 'body.signatoryContactId', message: 'Choisissez un contact de l’organisation' }],
    });
  }
}

export async function addCommitment(db: Db, actor: Actor, planId: string, actionId: string, input: CommitmentCreate) {
  return db.transaction(async (tx) => {
    const action = await loadAction(tx, actor, planId, actionId);
    requireAccess(actor, 'structure:write', action.structureId);
    const names = await requireOrganisations(tx, [input.organisationId]);
    await requireSignatory(tx, input);
    const row = await insertCommitment(tx, { ...input, actionId, structureId: action.structureId });
    await recordAudit(tx, audit(actor, 'action_commitment', row, 'create', null, row));
    const [withNames] = await commitmentRowsOf(tx, [actionId]).then((rows) => rows.filter((r) => r.commitment.id === row.id));
    return commitmentView(withNames ?? { commitment: row, organisationName: names.get(input.organisationId) ?? '', signatoryName: null });
  });
}

async function loadCommitment(tx: DbOrTx, actor: Actor, planId: string, actionId: string, commitmentId: string) {
  await loadAction(tx, actor, planId, actionId);
  const row = (await findLive(tx, actionCommitments, commitmentId)) as CommitmentRow | undefined;
  if (!row || row.actionId !== actionId) throw notFound(COMMITMENT);
  return row;
}

export async function updateCommitment(
  db: Db,
  actor: Actor,
  planId: string,
  actionId: string,
  commitmentId: string,
  input: CommitmentUpdate,
) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadCommitment(tx, actor, planId, actionId, commitmentId);
    requireAccess(actor, 'structure:write', before.structureId);
    await requireSignatory(tx, {
      organisationId: before.organisationId,
      signatoryContactId: patch.signatoryContactId !== undefined ? patch.signatoryContactId : before.signatoryContactId,
      signedOn: patch.signedOn !== undefined ? patch.signedOn : before.signedOn,
    });
    const after = (await updateVersioned(tx, actionCommitments, commitmentId, version, patch, COMMITMENT)) as CommitmentRow;
    await recordAudit(tx, audit(actor, 'action_commitment', after, 'update', before, after));
    const [withNames] = (await commitmentRowsOf(tx, [actionId])).filter((r) => r.commitment.id === commitmentId);
    if (!withNames) throw notFound(COMMITMENT);
    return commitmentView(withNames);
  });
}

export async function deleteCommitment(db: Db, actor: Actor, planId: string, actionId: string, commitmentId: string) {
  return db.transaction(async (tx) => {
    const before = await loadCommitment(tx, actor, planId, actionId, commitmentId);
    requireAccess(actor, 'structure:write', before.structureId);
    await softDelete(tx, actionCommitments, commitmentId, actorIdOf(actor));
    await recordAudit(tx, audit(actor, 'action_commitment', before, 'delete', before, null));
    return { deleted: true as const, trash: false };
  });
}

function audit<R extends { id: string; structureId: string }>(
  actor: Actor,
  entityType: Audited,
  row: R,
  action: 'create' | 'update' | 'delete',
  before: R | null,
  after: R | null,
) {
  return { actorId: actorIdOf(actor), entityType, entityId: row.id, structureId: row.structureId, action, before, after };
}
