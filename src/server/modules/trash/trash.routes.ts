import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { historyParams, restoredSchema, trashListQuery, trashListSchema } from '../../../contracts/audit.ts';
import { errorResponses } from '../../http/openapi.ts';
import { listTrash, restoreFromTrash } from './trash.service.ts';

export const trashRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/trash', {
    schema: {
      tags: ['Audit'],
      summary: 'Deleted records the user may restore',
      querystring: trashListQuery,
      response: { 200: trashListSchema, ...errorResponses },
    },
    handler: (request) => listTrash(app.db, request.actor, request.query.structureId),
  });
  app.post('/trash/:entityType/:id/restore', {
    schema: { tags: ['Audit'], params: historyParams, response: { 200: restoredSchema, ...errorResponses } },
    handler: (request) => restoreFromTrash(app.db, request.actor, request.params.entityType, request.params.id),
  });
};
