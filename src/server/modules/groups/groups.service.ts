import type { GroupCreate, GroupListQuery, GroupUpdate } from '../../../contracts/groups.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { citizenGroups, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { formUrl, newFormToken, qrSvg } from './form-token.ts';
import { type GroupRow, insertGroup, listGroupRows, sessionRowsOf } from './groups.queries.ts';

const WHAT = 'Le groupe';

export async function listGroups(db: Db, actor: Actor, query: GroupListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const rows = await listGroupRows(db, readableStructureIds(actor), query.structureId);
  return { items: rows.map(({ group, sessionCount }) => ({ ...toDto(group), sessionCount })) };
}

/** Another structure's group is reported as missing rather than forbidden. */
export async function loadReadableGroup(db: DbOrTx, actor: Actor, id: string): Promise<GroupRow> {
  const row = (await findLive(db, citizenGroups, id)) as GroupRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  return row;
}

export async function getGroup(db: Db, actor: Actor, id: string) {
  const group = await loadReadableGroup(db, actor, id);
  return { ...toDto(group), sessions: (await sessionRowsOf(db, id)).map(toDto) };
}

export async function createGroup(db: Db, actor: Actor, input: GroupCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  return db.transaction(async (tx) => {
    if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
    if (input.relayOrganisationId) await requireOrganisations(tx, [input.relayOrganisationId]);
    const row = await insertGroup(tx, { ...input, formToken: newFormToken() });
    await auditWrite(tx, actor, 'citizen_group', { before: null, after: row });
    return { ...toDto(row), sessions: [] };
  });
}

export async function updateGroup(db: Db, actor: Actor, id: string, input: GroupUpdate) {
  const { version, ...patch } = input;
  return write(db, actor, id, version, patch);
}

/** A new link for the public form; the old link stops working at once. */
export async function regenerateFormToken(db: Db, actor: Actor, id: string, version: number) {
  return write(db, actor, id, version, { formToken: newFormToken() });
}

async function write(db: Db, actor: Actor, id: string, version: number, patch: Partial<GroupRow>) {
  return db.transaction(async (tx) => {
    const before = await loadReadableGroup(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    if (patch.relayOrganisationId) await requireOrganisations(tx, [patch.relayOrganisationId]);
    const after = (await updateVersioned(tx, citizenGroups, id, version, patch, WHAT)) as GroupRow;
    await auditWrite(tx, actor, 'citizen_group', { before, after });
    return { ...toDto(after), sessions: (await sessionRowsOf(tx, id)).map(toDto) };
  });
}

export async function deleteGroup(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadReadableGroup(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, citizenGroups, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'citizen_group', { before: before, after: null });
    return { deleted: true as const, trash: true };
  });
}

export async function groupFormLink(db: Db, actor: Actor, id: string, publicUrl: string) {
  const group = await loadReadableGroup(db, actor, id);
  const url = formUrl(publicUrl, group.formToken);
  return { url, qrSvg: await qrSvg(url) };
}
