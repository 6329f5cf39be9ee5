import { desc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxListSchema } from '../../../contracts/outbox.ts';
import { outbox } from '../../db/schema/index.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireAccess } from '../access/require-access.ts';

const OUTBOX_PAGE = 200;

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/outbox', {
    schema: {
      tags: ['Accounts'],
      summary: 'Messages sent, or waiting when no SMTP server is configured',
      response: { 200: outboxListSchema, ...errorResponses },
    },
    handler: async (request) => {
      requireAccess(request.actor, 'global:admin');
      const rows = await app.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(OUTBOX_PAGE);
      return {
        items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null })),
      };
    },
  });
};
