import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { historyParams, historySchema } from '../../../contracts/audit.ts';
import { errorResponses } from '../../http/openapi.ts';
import { getHistory } from './history.service.ts';

export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/history/:entityType/:id', {
    schema: {
      tags: ['Audit'],
      summary: 'Every change of one record, newest first',
      params: historyParams,
      response: { 200: historySchema, ...errorResponses },
    },
    handler: (request) => getHistory(app.db, request.actor, request.params.entityType, request.params.id),
  });
};
