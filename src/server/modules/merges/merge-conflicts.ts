import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type RecordTable, restoreDeleted, softDelete } from '../../db/records.ts';
import { affiliations, organisationRelationships, partnerships } from '../../db/schema/index.ts';
import type { MergeStep } from '../../db/schema/merges.ts';
import { AppError } from '../../http/errors.ts';
import type { AuditInput } from '../audit/audit.service.ts';
import { moveReferences } from './references.queries.ts';

type Row = Record<string, unknown>;
type RetireStep = Extract<MergeStep, { op: 'retire' }>;
type Outcome = { steps: MergeStep[]; audits: AuditInput[] };

const TABLES: Record<RetireStep['entityType'], RecordTable> = {
  partnership: partnerships,
  affiliation: affiliations,
  relationship: organisationRelationships,
};

/**
 * Links that moving would double or turn into a self-link, set aside before the moves: a
 * partnership of a structure that already follows the survivor (its interactions, tasks and stage
 * history go to the survivor's partnership), an affiliation the survivor already has, a
 * relationship the survivor already has or one between the two records.
 */
export async function setAsideOrganisationConflicts(tx: DbOrTx, survivorId: string, mergedId: string, actorId: string | null) {
  const out: Outcome = { steps: [], audits: [] };
  const liveRelationships = await tx
    .select()
    .from(organisationRelationships)
    .where(
      and(
        isNull(organisationRelationships.deletedAt),
        or(eq(organisationRelationships.fromId, mergedId), eq(organisationRelationships.toId, mergedId)),
      ),
    );
  const moved = (id: string) => (id === mergedId ? survivorId : id);
  for (const link of liveRelationships) {
    const [fromId, toId] = [moved(link.fromId), moved(link.toId)];
    const [existing] = await tx
      .select({ id: organisationRelationships.id })
      .from(organisationRelationships)
      .where(
        and(
          isNull(organisationRelationships.deletedAt),
          eq(organisationRelationships.fromId, fromId),
          eq(organisationRelationships.toId, toId),
          eq(organisationRelationships.kind, link.kind),
          ne(organisationRelationships.id, link.id),
        ),
      )
      .limit(1);
    if (fromId === toId || existing) await retire(tx, out, 'relationship', link.id, actorId);
  }

  const theirs = await tx
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.organisationId, mergedId), isNull(partnerships.deletedAt)));
  for (const partnership of theirs) {
    const [kept] = await tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(
        and(
          eq(partnerships.organisationId, survivorId),
          eq(partnerships.structureId, partnership.structureId),
          isNull(partnerships.deletedAt),
        ),
      );
    if (!kept) continue;
    out.steps.push(...(await moveReferences(tx, 'partnerships', partnership.id, kept.id)));
    await retire(tx, out, 'partnership', partnership.id, actorId);
  }

  const doubled = await tx
    .select({ id: affiliations.id })
    .from(affiliations)
    .where(and(eq(affiliations.organisationId, mergedId), isNull(affiliations.deletedAt), sameAffiliationOf('organisationId', survivorId)));
  for (const { id } of doubled) await retire(tx, out, 'affiliation', id, actorId);
  return out;
}

/** A person merged into another keeps one affiliation per organisation and role. */
export async function setAsideContactConflicts(tx: DbOrTx, survivorId: string, mergedId: string, actorId: string | null) {
  const out: Outcome = { steps: [], audits: [] };
  const doubled = await tx
    .select({ id: affiliations.id })
    .from(affiliations)
    .where(and(eq(affiliations.contactId, mergedId), isNull(affiliations.deletedAt), sameAffiliationOf('contactId', survivorId)));
  for (const { id } of doubled) await retire(tx, out, 'affiliation', id, actorId);
  return out;
}

/** The survivor already has a live affiliation with the same other end and the same role (case aside). */
function sameAffiliationOf(side: 'organisationId' | 'contactId', survivorId: string) {
  const [mine, other] = side === 'organisationId' ? ['organisation_id', 'contact_id'] : ['contact_id', 'organisation_id'];
  return sql`exists (select 1 from affiliations s where s.${sql.identifier(mine)} = ${survivorId} and s.deleted_at is null
    and s.${sql.identifier(other)} = ${affiliations}.${sql.identifier(other)}
    and lower(s.role) is not distinct from lower(${affiliations.role}))`;
}

async function retire(tx: DbOrTx, out: Outcome, entityType: RetireStep['entityType'], id: string, actorId: string | null) {
  const [before] = (await tx.select().from(TABLES[entityType]).where(eq(TABLES[entityType].id, id))) as Row[];
  const after = await softDelete(tx, TABLES[entityType], id, actorId);
  if (!before || !after) throw new AppError('conflict', 'Un lien de la fusion a changé pendant l’opération : réessayez.');
  out.steps.push({ op: 'retire', entityType, id });
  out.audits.push(auditOf(actorId, entityType, before, 'delete', before, null));
}

/** Takes a retired record out of the trash; one restored meanwhile makes the undo fail with 409. */
export async function restoreRetired(tx: DbOrTx, step: RetireStep, actorId: string | null): Promise<AuditInput> {
  const row = await restoreDeleted(tx, TABLES[step.entityType], step.id);
  if (!row) throw new AppError('conflict', 'Un lien mis de côté par la fusion a été rétabli depuis : annulation impossible.');
  return auditOf(actorId, step.entityType, row, 'restore', null, row);
}

function auditOf(
  actorId: string | null,
  entityType: RetireStep['entityType'],
  row: Row,
  action: 'delete' | 'restore',
  before: Row | null,
  after: Row | null,
): AuditInput {
  const structureId = entityType === 'partnership' ? (row.structureId as string) : null;
  return { actorId, entityType, entityId: row.id as string, structureId, action, before, after };
}
