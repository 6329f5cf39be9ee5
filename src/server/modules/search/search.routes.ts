import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuery, searchResponseSchema } from '../../../contracts/search.ts';
import { errorResponses } from '../../http/openapi.ts';
import { searchDirectory } from './search.service.ts';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/search', {
    schema: {
      tags: ['Search'],
      summary: 'Organisations and contacts matching the words, accents aside and typos tolerated, best first',
      querystring: searchQuery,
      response: { 200: searchResponseSchema, ...errorResponses },
    },
    handler: (request) => searchDirectory(app.db, request.actor, request.query),
  });
};
