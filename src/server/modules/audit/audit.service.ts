import type { EntityType } from '../../../contracts/audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

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
  await tx.insert(auditLog).values({
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    structureId: input.structureId,
    before: input.before ? changedSubset(input.before, input.after) : null,
    after: input.after ? changedSubset(input.after, input.before) : null,
  });
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
