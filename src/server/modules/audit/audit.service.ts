import { sql } from 'drizzle-orm';
import type { EntityType } from '../../../contracts/audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { actorIdOf } from '../access/require-access.ts';

type Row = Record<string, unknown>;
/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'deletedAt', 'deletedBy']);

export type AuditInput = {
  actorId: string | null;
  entityType: EntityType;
  entityId: string;
  structureId: string | null;
  action: 'create' | 'update' | 'delete' | 'restore';
  before: Row | null;
  after: Row | null;
};

/** Records one write; call it with the same transaction as the write. */
export async function recordAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.insert(auditLog).values(auditRow(input));
}

/**
 * Records one write by an actor on one row, in the same transaction: a create when there is no
 * `before`, a delete when there is no `after`, an update otherwise. The entry belongs to the row's
 * structure unless another is given (a structure is its own; a personal record has none).
 */
export async function auditWrite<R extends { id: string; structureId?: string | null }>(
  tx: DbOrTx,
  actor: Actor,
  entityType: EntityType,
  change: { before: R | null; after: R | null },
  structureId?: string | null,
): Promise<void> {
  const row = (change.after ?? change.before)!;
  const action = !change.before ? 'create' : !change.after ? 'delete' : 'update';
  await recordAudit(tx, {
    actorId: actorIdOf(actor),
    entityType,
    entityId: row.id,
    structureId: structureId === undefined ? (row.structureId ?? null) : structureId,
    action,
    before: change.before,
    after: change.after,
  });
}

/** Records many writes in one statement, as an import batch does; same transaction as the writes. The rows travel as one JSON parameter. */
export async function recordAudits(tx: DbOrTx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map(auditRow).map((r) => ({
    actor_id: r.actorId,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    structure_id: r.structureId,
    before: r.before,
    after: r.after,
  }));
  await tx.execute(sql`insert into audit_log (actor_id, action, entity_type, entity_id, structure_id, before, after)
    select actor_id, action, entity_type, entity_id, structure_id, before, after
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(actor_id text, action text, entity_type text, entity_id text, structure_id uuid, before jsonb, after jsonb)`);
}

function auditRow(input: AuditInput) {
  return {
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    structureId: input.structureId,
    before: input.before ? changedSubset(input.before, input.after) : null,
    after: input.after ? changedSubset(input.after, input.before) : null,
  };
}

/** Keeps only the fields that differ (all of them on create or delete), as JSON values. */
function changedSubset(row: Row, other: Row | null): Row {
  const subset: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (IGNORED.has(key)) continue;
    if (other && JSON.stringify(jsonValue(other[key])) === JSON.stringify(jsonValue(value))) continue;
    subset[key] = jsonValue(value);
  }
  return subset;
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
