import type { TaskCreate, TaskListQuery, TaskUpdate } from '../../../contracts/tasks.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { structures, tasks } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { endOfWeek, parisToday } from '../../lib/paris-time.ts';
import { actorIdOf, hasAccess, readableStructureIds, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { requireEventOf } from '../events/events.service.ts';
import { linkNames } from '../interactions/link-names.ts';
import { patchedLinks, resolveLinks } from '../interactions/links.service.ts';
import { requireOwnerIn } from '../users/memberships.service.ts';
import { insertTask, listTaskRows, openTasksDueBy, type TaskRow } from './tasks.queries.ts';

const WHAT = 'La tâche';

/** Tasks as the API shows them: with their owner's name and the names of what they link to. */
async function toTaskDtos(db: DbOrTx, rows: TaskRow[]) {
  const named = await linkNames(db, rows, (row) => row.ownerId);
  return named.map(({ personName, ...row }) => ({ ...toDto(row), ownerName: personName }));
}
const toTaskDto = async (db: DbOrTx, row: TaskRow) => (await toTaskDtos(db, [row]))[0]!;

export async function listTasks(db: Db, actor: Actor, query: TaskListQuery) {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  if (query.view === 'my-day') return myDay(db, actor, query.structureId);
  const { rows, total } = await listTaskRows(db, query, readableStructureIds(actor));
  return pageOf(await toTaskDtos(db, rows), total, query);
}

/** The signed-in user's open tasks: overdue, due today, due later this week (Monday to Sunday, Paris time). */
async function myDay(db: Db, actor: Actor, structureId: string | undefined) {
  const today = parisToday();
  const rows = await toTaskDtos(db, await openTasksDueBy(db, actor.userId, endOfWeek(today), readableStructureIds(actor), structureId));
  return {
    date: today,
    overdue: rows.filter((task) => task.dueOn! < today),
    today: rows.filter((task) => task.dueOn === today),
    thisWeek: rows.filter((task) => task.dueOn! > today),
  };
}

/** Another structure's task is reported as missing rather than forbidden. */
async function loadReadable(db: DbOrTx, actor: Actor, id: string): Promise<TaskRow> {
  const row = (await findLive(db, tasks, id)) as TaskRow | undefined;
  if (!row || !hasAccess(actor, 'structure:read', row.structureId)) throw notFound(WHAT);
  return row;
}

export async function getTask(db: Db, actor: Actor, id: string) {
  return toTaskDto(db, await loadReadable(db, actor, id));
}

/** Without an owner, the task is the author's own. */
export async function createTask(db: Db, actor: Actor, input: TaskCreate) {
  requireAccess(actor, 'structure:write', input.structureId);
  return db.transaction(async (tx) => {
    if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
    const ownerId = input.ownerId === undefined ? actorIdOf(actor) : input.ownerId;
    if (ownerId) await requireOwnerIn(tx, ownerId, input.structureId);
    if (input.eventId) await requireEventOf(tx, input.eventId, input.structureId);
    const links = await resolveLinks(tx, actor, input.structureId, input);
    const row = await insertTask(tx, { ...input, ...links, ownerId, doneAt: input.done ? new Date() : null });
    await auditWrite(tx, actor, 'task', { before: null, after: row });
    return toTaskDto(tx, row);
  });
}

export async function updateTask(db: Db, actor: Actor, id: string, input: TaskUpdate) {
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:write', before.structureId);
    if (patch.ownerId) await requireOwnerIn(tx, patch.ownerId, before.structureId);
    const links = await patchedLinks(tx, actor, before, patch);
    // doneAt says when it was ticked off; reopening clears it.
    const doneAt = patch.done === undefined || patch.done === before.done ? {} : { doneAt: patch.done ? new Date() : null };
    const after = (await updateVersioned(tx, tasks, id, version, { ...patch, ...links, ...doneAt }, WHAT)) as TaskRow;
    await auditWrite(tx, actor, 'task', { before, after });
    return toTaskDto(tx, after);
  });
}

export async function deleteTask(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await loadReadable(tx, actor, id);
    requireAccess(actor, 'structure:manage', before.structureId);
    await softDelete(tx, tasks, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'task', { before, after: null });
    return { deleted: true as const, trash: true };
  });
}
