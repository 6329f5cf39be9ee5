import type { InteractionCreate, InteractionListQuery, InteractionUpdate } from '../../../contracts/interactions.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { interactions, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { type InteractionRow, insertInteraction, listInteractionRows } from './interactions.queries.ts';
import { linkNames } from './link-names.ts';
import { patchedLinks, resolveLinks } from './links.service.ts';

const WHAT = 'L’échange';

/** Interactions as the API shows them: with their author's name and the names of what they link to. */
async function toInteractionDtos(db: DbOrTx, rows: InteractionRow[]) {
  const named = await linkNames(db, rows, (row) => row.authorId);
  return named.map(({ personName, ...row }) => ({ ...toDto(row), authorName: personName }));
}
const toInteractionDto = async (db: DbOrTx, row: InteractionRow) => (await toInteractionDtos(db, [row]))[0]!;

export async function listInteractions(db: Db, actor: Actor, query: InteractionListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const { rows, total } = await listInteractionRows(db, query, readableStructureIds(actor));
  return pageOf(await toInteractionDtos(db, rows), total, query);
}

/** Another structure's interaction is reported as missing rather than forbidden. */
async function loadReadable(db: DbOrTx, actor: Actor, id: string): Promise<InteractionRow> {
  const row = (await findLive(db, interactions, id)) as InteractionRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  return row;
}

export async function getInteraction(db: Db, actor: Actor, id: string) {
  return toInteractionDto(db, await loadReadable(db, actor, id));
}

export async function createInteraction(db: Db, actor: Actor, input: InteractionCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  return db.transaction(async (tx) => {
    if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
    const links = await resolveLinks(tx, actor, input.structureId, input);
    const row = await insertInteraction(tx, { ...input, ...links, occurredAt: new Date(input.occurredAt), authorId: actorIdOf(actor) });
    await auditWrite(tx, actor, 'interaction', { before: null, after: row });
    return toInteractionDto(tx, row);
  });
}

export async function updateInteraction(db: Db, actor: Actor, id: string, input: InteractionUpdate) {
  const { version, occurredAt, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    const links = await patchedLinks(tx, actor, before, patch);
    const values = { ...patch, ...links, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}) };
    const after = (await updateVersioned(tx, interactions, id, version, values, WHAT)) as InteractionRow;
    await auditWrite(tx, actor, 'interaction', { before, after });
    return toInteractionDto(tx, after);
  });
}

export async function deleteInteraction(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, interactions, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'interaction', { before, after: null });
    return { deleted: true as const, trash: true };
  });
}
