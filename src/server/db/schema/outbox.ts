import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { MAIL_STATUSES } from '../../../contracts/outbox.ts';

/** Every message Maillage sends; without SMTP they stay here, readable in the app. */
export const outbox = pgTable('outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
