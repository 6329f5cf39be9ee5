import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { communeListQuery, communeListSchema } from '../../../contracts/communes.ts';
import type { Actor } from '../../http/actor.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireAccess } from '../access/require-access.ts';
import { geography } from './geography.ts';

/** Every commune and arrondissement, by name: static between releases, so the answer is cached a day. */
function listCommunes(actor: Actor) {
  requireAccess(actor, 'directory:read');
  const items = geography()
    .territories.map(({ code, name, kind, departement, postcodes }) => ({ code, name, kind, departement, postcodes }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { items };
}

export const communeListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/territory/communes', {
    schema: {
      tags: ['Territory'],
      summary: 'The communes and Paris arrondissements of Île-de-France (code, name, département, postcodes), by name',
      querystring: communeListQuery,
      response: { 200: communeListSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const body = listCommunes(request.actor);
      reply.header('cache-control', 'private, max-age=86400');
      return body;
    },
  });
};
