import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import type { MailMessage } from './messages.ts';

export type Mailer = { send: (message: MailMessage) => Promise<void> };

/**
 * Every message is recorded in the outbox first; with SMTP_URL it is then sent and marked,
 * without it the message waits in the outbox, readable from the administration.
 */
export function createMailer(db: Db, smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  return {
    async send(message) {
      const [row] = await db
        .insert(outbox)
        .values({ to: message.to, subject: message.subject, text: message.text })
        .returning({ id: outbox.id });
      if (!transport || !row) return;
      try {
        await transport.sendMail({ from, ...message });
        await db.update(outbox).set({ status: 'sent', sentAt: new Date() }).where(eq(outbox.id, row.id));
      } catch (error) {
        await db
          .update(outbox)
          .set({ status: 'failed', error: (error as Error).message })
          .where(eq(outbox.id, row.id));
      }
    },
  };
}
