import { and, count, eq, gte, inArray, isNull, type SQL } from 'drizzle-orm';
import type { InteractionListQuery } from '../../../contracts/interactions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sinceOf, sortOrder } from '../../db/lists.ts';
import { interactions } from '../../db/schema/index.ts';

export type InteractionRow = typeof interactions.$inferSelect;

const SORTS = { occurredAt: interactions.occurredAt, createdAt: interactions.createdAt, updatedAt: interactions.updatedAt };

function listConditions(query: InteractionListQuery, readable: string[] | null): SQL | undefined {
  return and(
    isNull(interactions.deletedAt),
    readable ? inArray(interactions.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
    query.structureId ? eq(interactions.structureId, query.structureId) : undefined,
    query.organisationId ? eq(interactions.organisationId, query.organisationId) : undefined,
    query.contactId ? eq(interactions.contactId, query.contactId) : undefined,
    query.partnershipId ? eq(interactions.partnershipId, query.partnershipId) : undefined,
    query.kind ? eq(interactions.kind, query.kind) : undefined,
    query.updatedSince ? gte(interactions.updatedAt, sinceOf(query.updatedSince)) : undefined,
  );
}

/** A timeline: newest first unless asked otherwise. */
export async function listInteractionRows(db: DbOrTx, query: InteractionListQuery, readable: string[] | null) {
  const where = listConditions(query, readable);
  const rows = await db
    .select()
    .from(interactions)
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, '-occurredAt', interactions.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(interactions).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function insertInteraction(db: DbOrTx, values: typeof interactions.$inferInsert): Promise<InteractionRow> {
  const [row] = await db.insert(interactions).values(values).returning();
  return row!;
}
