import {
  CONTACT_MERGE_FIELDS,
  CONTACT_UNION_FIELDS,
  type MergeInput,
  type MergeKind,
  type MergeListQuery,
  ORGANISATION_MERGE_FIELDS,
  ORGANISATION_UNION_FIELDS,
} from '../../../contracts/merges.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, type RecordTable, restoreDeleted, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { contacts, organisations } from '../../db/schema/index.ts';
import type { MergeStep } from '../../db/schema/merges.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { type AuditInput, recordAudit } from '../audit/audit.service.ts';
import { restoreRetired, setAsideContactConflicts, setAsideOrganisationConflicts } from './merge-conflicts.ts';
import { pointMergedAt } from './merged-records.ts';
import {
  insertMerge,
  listMergeRows,
  lockMerge,
  type MergeRow,
  markUndone,
  recordLabels,
  structuresFollowing,
  structuresOfPartnerships,
  userNames,
} from './merges.queries.ts';
import { moveReferences, undoStep } from './references.queries.ts';

type Row = Record<string, unknown>;

/** What differs between merging organisations and merging contacts. */
const KINDS = {
  organisation: {
    table: organisations as RecordTable,
    target: 'organisations' as const,
    what: 'L’organisation',
    /** A choice names one column, except a contact's consent, which takes five together. */
    columns: Object.fromEntries(ORGANISATION_MERGE_FIELDS.map((f) => [f, [f]])) as Record<string, string[]>,
    unions: ORGANISATION_UNION_FIELDS as readonly string[],
    setAside: setAsideOrganisationConflicts,
  },
  contact: {
    table: contacts as RecordTable,
    target: 'contacts' as const,
    what: 'Le contact',
    columns: {
      ...Object.fromEntries(CONTACT_MERGE_FIELDS.map((f) => [f, [f]])),
      consent: ['legalBasis', 'consentOn', 'optOutEmail', 'optOutPhone', 'optOutPost'],
    } as Record<string, string[]>,
    unions: CONTACT_UNION_FIELDS as readonly string[],
    setAside: setAsideContactConflicts,
  },
};
type KindDefinition = (typeof KINDS)[MergeKind];

/** Every column a merge may change on the survivor, which an undo puts back. */
const restoredColumns = (def: KindDefinition) => [...Object.values(def.columns).flat(), ...def.unions];

/**
 * Merges `mergedId` into `survivorId` in one transaction: the chosen values and the united lists
 * go to the survivor, every link to the merged record (found in the catalogue) moves to it, and
 * the merged record goes to the trash, pointing at the survivor. The steps are stored so that the merge can be undone.
 */
export async function mergeRecords(db: Db, actor: Actor, kind: MergeKind, input: MergeInput) {
  requireAccess(actor, 'directory:write');
  if (input.survivorId === input.mergedId) {
    throw new AppError('validation', 'Un enregistrement ne peut pas être fusionné avec lui-même.', {
      errors: [{ path: 'body.mergedId', message: 'Choisissez un autre enregistrement que celui à conserver.' }],
    });
  }
  const def = KINDS[kind];
  const actorId = actorIdOf(actor);
  return db.transaction(async (tx) => {
    const survivor = await loadWithVersion(tx, def, input.survivorId, input.survivorVersion, 'à conserver');
    const merged = await loadWithVersion(tx, def, input.mergedId, input.mergedVersion, 'à fusionner');
    if (kind === 'organisation') {
      for (const structureId of await structuresFollowing(tx, merged.id as string)) requireAccess(actor, 'structure:write', structureId);
    }
    const conflicts = await def.setAside(tx, input.survivorId, input.mergedId, actorId);
    const moves = await moveReferences(tx, def.target, input.mergedId, input.survivorId);
    const patch = mergedValues(def, survivor, merged, input.fields as Record<string, 'survivor' | 'merged' | undefined>);
    const after = await updateVersioned(tx, def.table, input.survivorId, input.survivorVersion, patch, def.what);
    await softDelete(tx, def.table, input.mergedId, actorId);
    await pointMergedAt(tx, def.table, input.mergedId, input.survivorId);
    const record = await insertMerge(tx, {
      kind,
      survivorId: input.survivorId,
      mergedId: input.mergedId,
      actorId,
      survivorBefore: toDto(survivor),
      survivorVersion: after.version as number,
      steps: [...conflicts.steps, ...moves],
    });
    await recordAudit(tx, auditOf(actorId, kind, input.survivorId, 'update', survivor, after));
    await recordAudit(tx, auditOf(actorId, kind, input.mergedId, 'delete', merged, null));
    for (const entry of conflicts.audits) await recordAudit(tx, entry);
    return (await mergeDtos(tx, [record]))[0]!;
  });
}

function mergedValues(def: KindDefinition, survivor: Row, merged: Row, fields: Record<string, 'survivor' | 'merged' | undefined>): Row {
  const patch: Row = {};
  for (const [field, columns] of Object.entries(def.columns)) {
    if (fields[field] === 'merged') for (const column of columns) patch[column] = merged[column];
  }
  for (const list of def.unions) patch[list] = [...new Set([...(survivor[list] as string[]), ...(merged[list] as string[])])];
  return patch;
}

/**
 * Puts both records and every moved link back as they were. Refused (409) once undone, when the
 * survivor changed since the merge, or when a moved link or the merged record changed meanwhile.
 */
export async function undoMerge(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:write');
  const actorId = actorIdOf(actor);
  return db.transaction(async (tx) => {
    const record = await lockMerge(tx, id);
    if (!record) throw notFound('La fusion');
    if (record.undoneAt) throw new AppError('conflict', 'Cette fusion a déjà été annulée.');
    const def = KINDS[record.kind];
    for (const structureId of await structuresOfPartnerships(tx, partnershipsIn(record.steps))) {
      requireAccess(actor, 'structure:write', structureId);
    }
    const survivor = await findLive(tx, def.table, record.survivorId);
    if (!survivor) throw new AppError('conflict', `${def.what} conservé par la fusion a été supprimé depuis : annulation impossible.`);
    if (survivor.version !== record.survivorVersion) {
      throw new AppError('stale', `${def.what} conservé a été modifié depuis la fusion : annulation impossible.`, {
        current: toDto(survivor),
      });
    }
    const audits: AuditInput[] = [];
    for (const step of [...record.steps].reverse()) {
      if (step.op === 'retire') audits.push(await restoreRetired(tx, step, actorId));
      else await undoStep(tx, step);
    }
    await pointMergedAt(tx, def.table, record.mergedId, null);
    const restored = await restoreDeleted(tx, def.table, record.mergedId);
    if (!restored) throw new AppError('conflict', `${def.what} fusionné a été rétabli depuis la corbeille : annulation impossible.`);
    const previous = Object.fromEntries(restoredColumns(def).map((c) => [c, record.survivorBefore[c]]));
    const after = await updateVersioned(tx, def.table, record.survivorId, record.survivorVersion, previous, def.what);
    const undone = await markUndone(tx, id, actorId);
    await recordAudit(tx, auditOf(actorId, record.kind, record.survivorId, 'update', survivor, after));
    await recordAudit(tx, auditOf(actorId, record.kind, record.mergedId, 'restore', null, restored));
    for (const entry of audits) await recordAudit(tx, entry);
    return (await mergeDtos(tx, [undone]))[0]!;
  });
}

/** Partnerships a merge moved or set aside: undoing it needs write access to their structures. */
function partnershipsIn(steps: MergeStep[]): string[] {
  return steps.flatMap((step) => {
    if (step.op === 'retire') return step.entityType === 'partnership' ? [step.id] : [];
    if (step.op === 'move' && step.table === 'partnerships') return step.keys.map((k) => k.id as string);
    return [];
  });
}

export async function listMerges(db: Db, actor: Actor, query: MergeListQuery) {
  requireAccess(actor, 'directory:read');
  const { rows, total } = await listMergeRows(db, query);
  return pageOf(await mergeDtos(db, rows), total, query);
}

async function loadWithVersion(tx: DbOrTx, def: KindDefinition, id: string, version: number, role: string): Promise<Row> {
  const row = await findLive(tx, def.table, id);
  if (!row) throw new AppError('not_found', `${def.what} ${role} est introuvable ou déjà supprimé.`);
  if (row.version !== version) {
    throw new AppError('stale', `${def.what} ${role} a été modifié entre-temps : rechargez pour voir la version actuelle.`, {
      current: toDto(row),
    });
  }
  return row;
}

async function mergeDtos(db: DbOrTx, rows: MergeRow[]) {
  const labels = new Map<string, string>();
  for (const kind of ['organisation', 'contact'] as const) {
    const ids = rows.filter((r) => r.kind === kind).flatMap((r) => [r.survivorId, r.mergedId]);
    for (const [id, label] of await recordLabels(db, kind, ids)) labels.set(id, label);
  }
  const actors = await userNames(
    db,
    rows.flatMap((r) => [r.actorId].filter((a): a is string => Boolean(a))),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: actors.get(row.actorId) ?? '?' } : null,
    survivor: { id: row.survivorId, label: labels.get(row.survivorId) ?? '?' },
    merged: { id: row.mergedId, label: labels.get(row.mergedId) ?? '?' },
    moved: row.steps.flatMap((s) => (s.op === 'move' ? [{ table: s.table, column: s.column, rows: s.keys.length }] : [])),
    setAside: row.steps.filter((s) => s.op !== 'move').length,
    undoneAt: row.undoneAt?.toISOString() ?? null,
  }));
}

function auditOf(actorId: string | null, kind: MergeKind, id: string, action: AuditInput['action'], before: Row | null, after: Row | null) {
  return { actorId, entityType: kind, entityId: id, structureId: null, action, before, after };
}
