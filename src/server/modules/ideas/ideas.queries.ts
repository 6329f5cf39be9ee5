import { and, asc, count, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { IdeaListQuery } from '../../../contracts/ideas.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sortOrder } from '../../db/lists.ts';
import { ideaComments, ideaSupports, ideas, user } from '../../db/schema/index.ts';

export type IdeaRow = typeof ideas.$inferSelect;

const supportCount = sql<number>`(select count(*)::int from ${ideaSupports} where ${ideaSupports.ideaId} = ${ideas.id})`;
const commentCount = sql<number>`(select count(*)::int from ${ideaComments} where ${ideaComments.ideaId} = ${ideas.id})`;
const SORTS = { createdAt: ideas.createdAt, supportCount, title: ideas.title };

/** An idea with its author's name, its supports (and whether `userId` is among them) and its comment count. */
const columns = (userId: string) => ({
  idea: ideas,
  authorName: user.name,
  supportCount,
  commentCount,
  supportedByMe: sql<boolean>`exists (select 1 from ${ideaSupports} where ${ideaSupports.ideaId} = ${ideas.id} and ${ideaSupports.userId} = ${userId})`,
});

function listConditions(query: IdeaListQuery): SQL | undefined {
  return and(
    isNull(ideas.deletedAt),
    query.structureId ? eq(ideas.structureId, query.structureId) : undefined,
    query.state === 'open' ? isNull(ideas.eventId) : query.state === 'converted' ? isNotNull(ideas.eventId) : undefined,
  );
}

export async function listIdeaRows(db: DbOrTx, query: IdeaListQuery, userId: string) {
  const where = listConditions(query);
  const rows = await db
    .select(columns(userId))
    .from(ideas)
    .leftJoin(user, eq(user.id, ideas.authorId))
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, '-createdAt', ideas.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(ideas).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findIdea(db: DbOrTx, id: string, userId: string) {
  const [row] = await db
    .select(columns(userId))
    .from(ideas)
    .leftJoin(user, eq(user.id, ideas.authorId))
    .where(and(eq(ideas.id, id), isNull(ideas.deletedAt)));
  return row;
}

export async function commentsOf(db: DbOrTx, ideaId: string) {
  return db
    .select({
      id: ideaComments.id,
      authorId: ideaComments.authorId,
      authorName: user.name,
      body: ideaComments.body,
      createdAt: ideaComments.createdAt,
    })
    .from(ideaComments)
    .leftJoin(user, eq(user.id, ideaComments.authorId))
    .where(eq(ideaComments.ideaId, ideaId))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id));
}
