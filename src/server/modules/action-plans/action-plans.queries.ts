import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { actionCommitments, actionPlans, affiliations, contacts, organisations, planActions } from '../../db/schema/index.ts';

export type PlanRow = typeof actionPlans.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;
export type CommitmentRow = typeof actionCommitments.$inferSelect;

const inStructures = (readable: string[] | null) =>
  readable ? inArray(actionPlans.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined;

export async function listPlanRows(db: DbOrTx, readable: string[] | null, structureId: string | undefined) {
  return db
    .select()
    .from(actionPlans)
    .where(and(isNull(actionPlans.deletedAt), inStructures(readable), structureId ? eq(actionPlans.structureId, structureId) : undefined))
    .orderBy(asc(actionPlans.title))
    .limit(200);
}

/** Actions by deadline (undated ones last). */
export async function actionRowsOf(db: DbOrTx, planId: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(planActions)
    .where(and(eq(planActions.planId, planId), isNull(planActions.deletedAt)))
    .orderBy(sql`${planActions.deadline} asc nulls last`, asc(planActions.createdAt));
}

const commitmentColumns = {
  commitment: actionCommitments,
  organisationName: organisations.name,
  signatoryName: sql<string | null>`nullif(trim(coalesce(${contacts.firstName}, '') || ' ' || ${contacts.lastName}), '')`,
};

/** Live commitments of these actions, with the organisation's and the signatory's names. */
export async function commitmentRowsOf(db: DbOrTx, actionIds: string[]) {
  if (actionIds.length === 0) return [];
  return db
    .select(commitmentColumns)
    .from(actionCommitments)
    .innerJoin(organisations, eq(organisations.id, actionCommitments.organisationId))
    .leftJoin(contacts, eq(contacts.id, actionCommitments.signatoryContactId))
    .where(and(inArray(actionCommitments.actionId, actionIds), isNull(actionCommitments.deletedAt)))
    .orderBy(asc(organisations.name), asc(actionCommitments.createdAt));
}

/** An organisation's live commitments to live actions of the structures the reader sees. */
export async function organisationCommitmentRows(db: DbOrTx, organisationId: string, readable: string[] | null) {
  return db
    .select({ ...commitmentColumns, action: planActions })
    .from(actionCommitments)
    .innerJoin(organisations, eq(organisations.id, actionCommitments.organisationId))
    .innerJoin(planActions, and(eq(planActions.id, actionCommitments.actionId), isNull(planActions.deletedAt)))
    .leftJoin(contacts, eq(contacts.id, actionCommitments.signatoryContactId))
    .where(
      and(
        eq(actionCommitments.organisationId, organisationId),
        isNull(actionCommitments.deletedAt),
        readable ? inArray(actionCommitments.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
      ),
    )
    .orderBy(sql`${planActions.deadline} asc nulls last`, asc(actionCommitments.createdAt))
    .limit(500);
}

/** Whether the contact holds a live affiliation to the organisation, current on that day. */
export async function isAffiliatedOn(db: DbOrTx, contactId: string, organisationId: string, day: string): Promise<boolean> {
  const rows = await db
    .select({ id: affiliations.id })
    .from(affiliations)
    .where(
      and(
        eq(affiliations.contactId, contactId),
        eq(affiliations.organisationId, organisationId),
        isNull(affiliations.deletedAt),
        or(isNull(affiliations.startOn), lte(affiliations.startOn, day)),
        or(isNull(affiliations.endOn), gte(affiliations.endOn, day)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertPlan(db: DbOrTx, values: typeof actionPlans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(actionPlans).values(values).returning();
  return row!;
}

export async function insertAction(db: DbOrTx, values: typeof planActions.$inferInsert): Promise<ActionRow> {
  const [row] = await db.insert(planActions).values(values).returning();
  return row!;
}

export async function insertCommitment(db: DbOrTx, values: typeof actionCommitments.$inferInsert): Promise<CommitmentRow> {
  const [row] = await db.insert(actionCommitments).values(values).returning();
  return row!;
}
