import type { Commitment, PlanAction } from '../../../contracts/action-plans.ts';
import { toDto } from '../../db/records.ts';
import type { ActionRow, CommitmentRow } from './action-plans.queries.ts';

export type CommitmentWithNames = { commitment: CommitmentRow; organisationName: string; signatoryName: string | null };

/** Past its deadline (Paris day) and neither done nor dropped. */
export const isOverdue = (action: Pick<ActionRow, 'deadline' | 'status'>, today: string): boolean =>
  action.deadline !== null && action.deadline < today && action.status !== 'done' && action.status !== 'dropped';

export function commitmentView({ commitment, organisationName, signatoryName }: CommitmentWithNames): Commitment {
  const { id, actionId, organisationId, type, signatoryContactId, signedOn, version } = commitment;
  return { id, actionId, organisationId, organisationName, type, signatoryContactId, signatoryName, signedOn, version };
}

export function actionView(action: ActionRow, commitments: CommitmentWithNames[], today: string): PlanAction {
  return {
    ...toDto(action),
    overdue: isOverdue(action, today),
    commitments: commitments.filter((c) => c.commitment.actionId === action.id).map(commitmentView),
  };
}
