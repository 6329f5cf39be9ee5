import type { SessionCreate, SessionUpdate } from '../../../contracts/groups.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { groupSessions } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
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
    await auditWrite(tx, actor, 'group_session', { before: null, after: row });
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
    await auditWrite(tx, actor, 'group_session', { before, after });
    return toDto(after);
  });
}

export async function deleteSession(db: Db, actor: Actor, groupId: string, sessionId: string) {
  return db.transaction(async (tx) => {
    const before = await loadSession(tx, actor, groupId, sessionId);
    requireAccess(actor, 'structure:write', before.structureId);
    await softDelete(tx, groupSessions, sessionId, actorIdOf(actor));
    await auditWrite(tx, actor, 'group_session', { before: before, after: null });
    return { deleted: true as const, trash: false };
  });
}
