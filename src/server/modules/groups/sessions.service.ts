import type { SessionCreate, SessionUpdate } from '../../../contracts/groups.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { groupSessions } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadLiveContact } from '../contacts/contacts.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import { requireModule } from './exhibition-module.ts';
import { insertSession, type SessionRow } from './groups.queries.ts';
import { loadReadableGroup } from './groups.service.ts';

const WHAT = 'La séance';

/** Facilitators are members of the group's structure, or contacts of the directory. */
async function checkReferences(tx: DbOrTx, structureId: string, input: Partial<SessionCreate>) {
  for (const userId of input.facilitatorUserIds ?? []) await requireOwnerIn(tx, userId, structureId);
  for (const contactId of input.facilitatorContactIds ?? []) await loadLiveContact(tx, contactId);
  await requireModule(tx, input.moduleId);
}

export async function addSession(db: Db, actor: Actor, groupId: string, input: SessionCreate) {
  return db.transaction(async (tx) => {
    const group = await loadReadableGroup(tx, actor, groupId);
    requireAccess(actor, 'structure:write', group.structureId);
    await checkReferences(tx, group.structureId, input);
    const row = await insertSession(tx, { ...input, groupId, structureId: group.structureId });
    await recordAudit(tx, audit(actor, row, 'create', null, row));
    return toDto(row);
  });
}

async function loadSession(tx: DbOrTx, actor: Actor, groupId: string, sessionId: string): Promise<SessionRow> {
  await loadReadableGroup(tx, actor, groupId);
  const row = (await findLive(tx, groupSessions, sessionId)) as SessionRow | undefined;
  if (!row || row.groupId !== groupId) throw notFound(WHAT);
  return row;
}

export async function updateSession(db: Db, actor: Actor, groupId: string, sessionId: string, input: SessionUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadSession(tx, actor, groupId, sessionId);
    requireAccess(actor, 'structure:write', before.structureId);
    await checkReferences(tx, before.structureId, patch);
    const after = (await updateVersioned(tx, groupSessions, sessionId, version, patch, WHAT)) as SessionRow;
    await recordAudit(tx, audit(actor, after, 'update', before, after));
    return toDto(after);
  });
}

export async function deleteSession(db: Db, actor: Actor, groupId: string, sessionId: string) {
  return db.transaction(async (tx) => {
    const before = await loadSession(tx, actor, groupId, sessionId);
    requireAccess(actor, 'structure:write', before.structureId);
    await softDelete(tx, groupSessions, sessionId, actorIdOf(actor));
    await recordAudit(tx, audit(actor, before, 'delete', before, null));
    return { deleted: true as const, trash: false };
  });
}

function audit(actor: Actor, row: SessionRow, action: 'create' | 'update' | 'delete', before: SessionRow | null, after: SessionRow | null) {
  return {
    actorId: actorIdOf(actor),
    entityType: 'group_session' as const,
    entityId: row.id,
    structureId: row.structureId,
    action,
    before,
    after,
  };
}
