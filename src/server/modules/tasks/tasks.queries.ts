import { and, asc, count, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { TaskListQuery } from '../../../contracts/tasks.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sinceOf, sortOrder } from '../../db/lists.ts';
import { tasks } from '../../db/schema/index.ts';

export type TaskRow = typeof tasks.$inferSelect;

const SORTS = { dueOn: tasks.dueOn, createdAt: tasks.createdAt, updatedAt: tasks.updatedAt, title: tasks.title };
const MY_DAY_LIMIT = 200;

const inStructures = (readable: string[] | null) =>
  readable ? inArray(tasks.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined;

function listConditions(query: TaskListQuery, readable: string[] | null): SQL | undefined {
  return and(
    isNull(tasks.deletedAt),
    inStructures(readable),
    query.structureId ? eq(tasks.structureId, query.structureId) : undefined,
    query.organisationId ? eq(tasks.organisationId, query.organisationId) : undefined,
    query.contactId ? eq(tasks.contactId, query.contactId) : undefined,
    query.partnershipId ? eq(tasks.partnershipId, query.partnershipId) : undefined,
    query.ownerId ? eq(tasks.ownerId, query.ownerId) : undefined,
    query.done !== undefined ? eq(tasks.done, query.done) : undefined,
    query.eventId ? eq(tasks.eventId, query.eventId) : undefined,
    query.updatedSince ? gte(tasks.updatedAt, sinceOf(query.updatedSince)) : undefined,
  );
}

export async function listTaskRows(db: DbOrTx, query: TaskListQuery, readable: string[] | null) {
  const where = listConditions(query, readable);
  const rows = await db
    .select()
    .from(tasks)
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, 'dueOn', tasks.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(tasks).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Someone's open tasks due by a date (overdue ones included), soonest first. */
export async function openTasksDueBy(db: DbOrTx, ownerId: string, by: string, readable: string[] | null, structureId?: string) {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        isNull(tasks.deletedAt),
        inStructures(readable),
        structureId ? eq(tasks.structureId, structureId) : undefined,
        eq(tasks.ownerId, ownerId),
        eq(tasks.done, false),
        lte(tasks.dueOn, by),
      ),
    )
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt))
    .limit(MY_DAY_LIMIT);
}

export async function insertTask(db: DbOrTx, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(tasks).values(values).returning();
  return row!;
}
