import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { type AuditInput, recordAudits } from '../audit/audit.service.ts';
import { createImportPlanner, type ImportCandidate, type LineOutcome, type PlannerOptions } from './organisation-import.planner.ts';
import { findSimilarNamesInPostcodes, insertImportedOrganisations, updateOrganisationRow } from './organisation-import.queries.ts';
import type { OrganisationRow } from './organisations.queries.ts';

export type { ImportCandidate, LineOutcome, OrganisationImportValues } from './organisation-import.planner.ts';

/** A planner that remembers a whole file, for a dry run that writes nothing. */
export function createOrganisationImportPlan(actor: Actor, options: PlannerOptions) {
  requireAccess(actor, 'directory:write');
  const planner = createImportPlanner(options);
  return async (db: DbOrTx, candidates: ImportCandidate[]): Promise<LineOutcome[]> => {
    await planner.load(db, candidates);
    return candidates.map(planner.plan);
  };
}

/**
 * Writes one batch of an import in the caller's transaction: one insert for the new records,
 * one update per changed record, and their audit entries in one statement. Earlier batches are
 * committed, so the database alone tells what they created.
 */
export async function applyOrganisationImportBatch(tx: DbOrTx, actor: Actor, options: PlannerOptions, candidates: ImportCandidate[]) {
  requireAccess(actor, 'directory:write');
  const planner = createImportPlanner(options);
  await planner.load(tx, candidates);
  const outcomes = candidates.map(planner.plan);
  const { creates, updates } = planner.takeWrites();
  const audits: AuditInput[] = [];
  const audit = (
    row: Record<string, unknown> & { id: string },
    action: 'create' | 'update',
    before: OrganisationRow | null,
  ): AuditInput => ({
    actorId: actorIdOf(actor),
    entityType: 'organisation',
    entityId: row.id,
    structureId: null,
    action,
    before,
    after: row,
  });
  const created = creates.map((c) => ({ ...c.values, id: randomUUID() }));
  await insertImportedOrganisations(tx, created);
  for (const row of created) audits.push(audit(row, 'create', null));
  for (const entry of updates) {
    const patch = Object.fromEntries([...entry.changed].map((key) => [key, entry.row[key as keyof OrganisationRow]]));
    audits.push(audit(await updateOrganisationRow(tx, entry.before.id, patch), 'update', entry.before));
  }
  await recordAudits(tx, audits);
  return outcomes;
}

/** Rows about to be created whose name is close to a saved organisation's in the same postcode. */
export async function similarNamesOf(db: DbOrTx, outcomes: LineOutcome[]) {
  const candidates = outcomes.flatMap((o) =>
    o.action === 'create' && o.postcode ? [{ line: o.line, name: o.name, postcode: o.postcode }] : [],
  );
  return findSimilarNamesInPostcodes(db, candidates);
}
