import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SavedViewPage } from '../../../contracts/saved-views.ts';
import type { DbOrTx } from '../../db/client.ts';
import { savedViews } from '../../db/schema/index.ts';

export type SavedViewRow = typeof savedViews.$inferSelect;

/** A user's live views of one list page, by name. */
export async function listSavedViewRows(db: DbOrTx, userId: string, page: SavedViewPage): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.page, page), isNull(savedViews.deletedAt)))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

export async function insertSavedView(db: DbOrTx, values: typeof savedViews.$inferInsert): Promise<SavedViewRow> {
  const [row] = await db.insert(savedViews).values(values).returning();
  return row!;
}
