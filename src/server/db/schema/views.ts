import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { SAVED_VIEW_PAGES } from '../../../contracts/saved-views.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';

/** A list view (its URL query string) a user named to find it again; nobody else sees it. */
export const savedViews = pgTable(
  'saved_views',
  {
    ...recordColumns(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    page: text('page', { enum: SAVED_VIEW_PAGES }).notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
  },
  (t) => [uniqueIndex('saved_views_user_page_name_uq').on(t.userId, t.page, t.name).where(sql`${t.deletedAt} is null`)],
);
