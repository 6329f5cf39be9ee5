import { and, eq } from 'drizzle-orm';
import type { IdeaCreate, IdeaListQuery } from '../../../contracts/ideas.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto } from '../../db/records.ts';
import { ideaComments, ideaSupports, ideas, structures } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, hasAccess, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireLinks } from '../events/event-rules.ts';
import { commentsOf, findIdea, type IdeaRow, listIdeaRows } from './ideas.queries.ts';

const WHAT = 'L’idée';

/** The ideas board is shared by the whole programme: anyone holding a role somewhere reads it, comments and supports. */
function requireBoardReader(actor: Actor): void {
  requireAccess(actor, 'directory:read');
}

type Found = NonNullable<Awaited<ReturnType<typeof findIdea>>>;
const ideaDto = (r: Found) => ({
  ...toDto(r.idea),
  authorName: r.authorName,
  supportCount: r.supportCount,
  supportedByMe: r.supportedByMe,
  commentCount: r.commentCount,
});

export async function listIdeas(db: Db, actor: Actor, query: IdeaListQuery) {
  requireBoardReader(actor);
  const { rows, total } = await listIdeaRows(db, query, actor.userId);
  return pageOf(rows.map(ideaDto), total, query);
}

export async function loadIdea(db: DbOrTx, actor: Actor, id: string): Promise<Found> {
  requireBoardReader(actor);
  const found = await findIdea(db, id, actor.userId);
  if (!found) throw notFound(WHAT);
  return found;
}

export async function getIdea(db: DbOrTx, actor: Actor, id: string) {
  const found = await loadIdea(db, actor, id);
  const comments = await commentsOf(db, id);
  return { ...ideaDto(found), comments: comments.map(toDto) };
}

/** Anyone with a role in the structure proposes an idea for it, observers included. */
export async function createIdea(db: Db, actor: Actor, input: IdeaCreate) {
  requireAccess(actor, 'structure:read', input.structureId);
  const id = await db.transaction(async (tx) => {
    if (!(await findLive(tx, structures, input.structureId))) throw notFound('La structure');
    await requireLinks(tx, { moduleId: input.moduleId });
    const [row] = await tx
      .insert(ideas)
      .values({ ...input, authorId: actorIdOf(actor) })
      .returning();
    await recordAudit(tx, audit(actor, row!, 'create', null, row!));
    return row!.id;
  });
  return getIdea(db, actor, id);
}

export async function commentIdea(db: Db, actor: Actor, id: string, body: string) {
  await db.transaction(async (tx) => {
    const { idea } = await loadIdea(tx, actor, id);
    const [comment] = await tx
      .insert(ideaComments)
      .values({ ideaId: id, authorId: actorIdOf(actor), body })
      .returning();
    await recordAudit(tx, audit(actor, idea, 'update', null, { commentaire: comment! }));
  });
  return getIdea(db, actor, id);
}

/** One support per person; supporting twice changes nothing. */
export async function setSupport(db: Db, actor: Actor, id: string, supported: boolean) {
  await db.transaction(async (tx) => {
    const { idea } = await loadIdea(tx, actor, id);
    const userId = actorIdOf(actor);
    if (!userId) throw new AppError('forbidden', 'Seule une personne connectée peut soutenir une idée.');
    const changed = supported
      ? await tx.insert(ideaSupports).values({ ideaId: id, userId }).onConflictDoNothing().returning()
      : await tx
          .delete(ideaSupports)
          .where(and(eq(ideaSupports.ideaId, id), eq(ideaSupports.userId, userId)))
          .returning();
    if (changed.length)
      await recordAudit(tx, audit(actor, idea, 'update', { soutien: supported ? null : userId }, { soutien: supported ? userId : null }));
  });
  const { supportCount, supportedByMe } = await loadIdea(db, actor, id);
  return { supportCount, supportedByMe };
}

export async function deleteIdea(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const { idea } = await loadIdea(tx, actor, id);
    if (!(idea.authorId === actor.userId && !idea.eventId) && !hasAccess(actor, 'structure:manage', idea.structureId)) {
      throw new AppError(
        'forbidden',
        'Seuls son auteur (tant qu’elle n’est pas devenue un événement) et les responsables de la structure peuvent retirer cette idée.',
      );
    }
    await softDelete(tx, ideas, id, actorIdOf(actor));
    await recordAudit(tx, audit(actor, idea, 'delete', idea, null));
    return { deleted: true as const, trash: true };
  });
}

type Row = Record<string, unknown>;
export function audit(actor: Actor, row: IdeaRow, action: 'create' | 'update' | 'delete', before: Row | null, after: Row | null) {
  return { actorId: actorIdOf(actor), entityType: 'idea' as const, entityId: row.id, structureId: row.structureId, action, before, after };
}
