import { eq } from 'drizzle-orm';
import { STAGES } from '../../../contracts/vocabulary.ts';
import type { Tx } from '../../db/client.ts';
import {
  actionCommitments,
  actionPlans,
  affiliations,
  citizenGroups,
  contacts,
  contributions,
  exhibitionModules,
  groupSessions,
  interactions,
  memberships,
  organisations,
  partnershipStageChanges,
  partnerships,
  planActions,
  structures,
  tasks,
} from '../../db/schema/index.ts';
import { newFormToken } from '../groups/form-token.ts';
import {
  COORDINATOR,
  DEMO_CONTACTS,
  DEMO_CONTRIBUTIONS,
  DEMO_INTERACTIONS,
  DEMO_PIPELINE_HISTORY,
  DEMO_PLAN,
  DEMO_TASKS,
} from './demo-activity-data.ts';

type Ids = Map<string, string>;
type StageChange = typeof partnershipStageChanges.$inferInsert;
export type DemoActivityContext = { parisId: string; orgIds: Ids; owners: Ids; now: Date };

const DAY = 86_400_000;
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY);
const dayOf = (now: Date, days: number) => daysFrom(now, days).toISOString().slice(0, 10);

/**
 * The day-to-day life of the Paris structure, dated relative to the day the demo is loaded:
 * contacts (one who changed jobs), a year of exchanges (one partner left dormant), tasks due
 * around today, a citizen group with moderated contributions, and a local action plan.
 */
export async function seedDemoActivity(tx: Tx, context: DemoActivityContext): Promise<void> {
  await datePipeline(tx, context);
  const contactIds = await insertContacts(tx, context);
  await insertInteractions(tx, context, contactIds);
  await insertTasks(tx, context);
  await insertParticipation(tx, context);
  await insertActionPlan(tx, context, contactIds);
}

/**
 * Gives each Paris partnership the path it took to its stage, dated (time in stage and conversion
 * read true), and a next step for those still moving.
 */
async function datePipeline(tx: Tx, { parisId, now }: DemoActivityContext) {
  const rows = await tx
    .select({ id: partnerships.id, stage: partnerships.stage, name: organisations.name })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(eq(partnerships.structureId, parisId));
  for (const row of rows) {
    const history = DEMO_PIPELINE_HISTORY[row.name];
    if (!history) continue;
    const path = row.stage === 'declined' ? ['identified', 'contacted', 'declined'] : STAGES.slice(0, STAGES.indexOf(row.stage) + 1);
    const step = Math.floor((history.startDaysAgo - history.lastMoveDaysAgo) / Math.max(path.length - 1, 1));
    const changes = path.map((stage, i) => ({
      partnershipId: row.id,
      fromStage: (i === 0 ? null : path[i - 1]) as StageChange['fromStage'],
      toStage: stage as StageChange['toStage'],
      at: daysFrom(now, -(history.startDaysAgo - i * step)),
    }));
    await tx.delete(partnershipStageChanges).where(eq(partnershipStageChanges.partnershipId, row.id));
    await tx.insert(partnershipStageChanges).values(changes);
    await tx
      .update(partnerships)
      .set({
        stageChangedAt: changes.at(-1)!.at,
        nextStep: history.nextStep ?? null,
        nextStepOn: history.nextStepInDays === undefined ? null : dayOf(now, history.nextStepInDays),
      })
      .where(eq(partnerships.id, row.id));
  }
}

async function insertContacts(tx: Tx, { orgIds, now }: DemoActivityContext): Promise<Ids> {
  const ids: Ids = new Map();
  for (const person of DEMO_CONTACTS) {
    const [row] = await tx
      .insert(contacts)
      .values({
        firstName: person.firstName,
        lastName: person.lastName,
        emails: [person.email],
        phones: person.phone ? [person.phone] : [],
        legalBasis: 'legitimate_interest',
        consentOn: dayOf(now, -200),
        notes: person.notes ?? null,
      })
      .returning({ id: contacts.id });
    ids.set(`${person.firstName} ${person.lastName}`, row!.id);
    for (const job of person.jobs) {
      const organisationId = orgIds.get(job.organisation);
      if (!organisationId) continue;
      await tx.insert(affiliations).values({
        contactId: row!.id,
        organisationId,
        role: job.role,
        startOn: dayOf(now, job.startDaysAgo === undefined ? -700 : -job.startDaysAgo),
        endOn: job.endDaysAgo === undefined ? null : dayOf(now, -job.endDaysAgo),
        primary: job.endDaysAgo === undefined,
      });
    }
  }
  return ids;
}

async function insertInteractions(tx: Tx, { parisId, orgIds, owners, now }: DemoActivityContext, contactIds: Ids) {
  const partnershipOf = await partnershipsByOrganisation(tx, parisId);
  const rows = DEMO_INTERACTIONS.flatMap((item) => {
    const organisationId = orgIds.get(item.organisation);
    if (!organisationId) return [];
    return [
      {
        structureId: parisId,
        kind: item.kind,
        occurredAt: daysFrom(now, -item.daysAgo),
        summary: item.summary,
        authorId: owners.get(item.author) ?? null,
        organisationId,
        partnershipId: partnershipOf.get(organisationId) ?? null,
        contactId: item.contact ? (contactIds.get(item.contact) ?? null) : null,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(interactions).values(rows);
}

async function insertTasks(tx: Tx, { parisId, orgIds, owners, now }: DemoActivityContext) {
  const partnershipOf = await partnershipsByOrganisation(tx, parisId);
  // Whoever opens the demo first (the coordination's first member) finds their own day filled too.
  const [coordinator] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(structures, eq(structures.id, memberships.structureId))
    .where(eq(structures.kind, 'coordination'))
    .orderBy(memberships.createdAt)
    .limit(1);
  const ownerOf = (name: string) => (name === COORDINATOR ? (coordinator?.userId ?? null) : (owners.get(name) ?? null));
  await tx.insert(tasks).values(
    DEMO_TASKS.map((task) => {
      const organisationId = task.organisation ? (orgIds.get(task.organisation) ?? null) : null;
      return {
        structureId: parisId,
        title: task.title,
        dueOn: dayOf(now, task.dueInDays),
        ownerId: ownerOf(task.owner),
        done: task.done ?? false,
        doneAt: task.done ? daysFrom(now, task.dueInDays) : null,
        organisationId,
        partnershipId: organisationId ? (partnershipOf.get(organisationId) ?? null) : null,
      };
    }),
  );
}

async function insertParticipation(tx: Tx, { parisId, orgIds, owners, now }: DemoActivityContext) {
  const modules = await tx.select({ id: exhibitionModules.id, position: exhibitionModules.position }).from(exhibitionModules);
  const moduleAt = (position: number) => modules.find((m) => m.position === position)?.id ?? null;
  const [group] = await tx
    .insert(citizenGroups)
    .values({
      structureId: parisId,
      name: 'Groupe citoyen des Envierges',
      relayOrganisationId: orgIds.get('Centre social Les Envierges') ?? null,
      public: 'priority_neighbourhoods',
      size: 12,
      neighbourhood: 'Belleville – Amandiers',
      formToken: newFormToken(),
    })
    .returning({ id: citizenGroups.id });
  const facilitator = owners.get('Yanis Benali');
  await tx.insert(groupSessions).values([
    {
      groupId: group!.id,
      structureId: parisId,
      heldOn: dayOf(now, -40),
      theme: 'Mes trajets de tous les jours',
      moduleId: moduleAt(1),
      facilitatorUserIds: facilitator ? [facilitator] : [],
      attendance: 11,
      notes: 'Cartes des trajets dessinées à la main ; beaucoup de marche et de bus.',
    },
    {
      groupId: group!.id,
      structureId: parisId,
      heldOn: dayOf(now, -12),
      theme: 'La rue partagée',
      moduleId: moduleAt(2),
      facilitatorUserIds: facilitator ? [facilitator] : [],
      attendance: 9,
    },
    {
      groupId: group!.id,
      structureId: parisId,
      heldOn: dayOf(now, 16),
      theme: 'Préparer l’accueil de l’exposition',
      moduleId: moduleAt(3),
    },
  ]);
  await tx.insert(contributions).values(
    DEMO_CONTRIBUTIONS.map((c) => ({
      structureId: parisId,
      groupId: group!.id,
      kind: c.kind,
      text: c.text,
      journey: c.journey ?? null,
      authorName: c.authorName,
      ageBracket: c.ageBracket,
      minor: c.ageBracket === 'under_15' || c.ageBracket === '15_17',
      consent: true,
      parentalConsent: c.ageBracket === 'under_15' || c.ageBracket === '15_17',
      status: c.status,
      rejectionReason: c.rejectionReason ?? null,
      moduleId: c.module ? moduleAt(c.module) : null,
      selected: c.selected ?? false,
      moderatedBy: c.status === 'pending' ? null : (owners.get('Camille Laurent') ?? null),
      moderatedAt: c.status === 'pending' ? null : daysFrom(now, -5),
    })),
  );
}

async function insertActionPlan(tx: Tx, { parisId, orgIds, owners, now }: DemoActivityContext, contactIds: Ids) {
  const [plan] = await tx
    .insert(actionPlans)
    .values({ structureId: parisId, title: DEMO_PLAN.title, summary: DEMO_PLAN.summary })
    .returning({ id: actionPlans.id });
  for (const action of DEMO_PLAN.actions) {
    const [row] = await tx
      .insert(planActions)
      .values({
        planId: plan!.id,
        structureId: parisId,
        title: action.title,
        description: action.description,
        theme: action.theme,
        ownerId: owners.get(action.owner) ?? null,
        startOn: dayOf(now, action.startInDays),
        deadline: dayOf(now, action.deadlineInDays),
        status: action.status,
        indicators: action.indicators,
      })
      .returning({ id: planActions.id });
    for (const commitment of action.commitments) {
      const organisationId = orgIds.get(commitment.organisation);
      if (!organisationId) continue;
      await tx.insert(actionCommitments).values({
        actionId: row!.id,
        structureId: parisId,
        organisationId,
        type: commitment.type,
        signatoryContactId: commitment.signatory ? (contactIds.get(commitment.signatory) ?? null) : null,
        signedOn: commitment.signatory ? dayOf(now, -commitment.signedDaysAgo) : null,
      });
    }
  }
}

async function partnershipsByOrganisation(tx: Tx, structureId: string): Promise<Ids> {
  const rows = await tx
    .select({ id: partnerships.id, organisationId: partnerships.organisationId })
    .from(partnerships)
    .where(eq(partnerships.structureId, structureId));
  return new Map(rows.map((r) => [r.organisationId, r.id]));
}
