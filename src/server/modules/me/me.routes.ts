import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meSchema } from '../../../contracts/me.ts';
import { errorResponses } from '../../http/openapi.ts';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/me', {
    schema: { tags: ['Accounts'], summary: 'The signed-in user and their memberships', response: { 200: meSchema, ...errorResponses } },
    handler: ({ actor }) => ({
      user: { id: actor.userId, name: actor.name, email: actor.email },
      memberships: actor.memberships.map(({ id, role, structure }) => ({ id, role, structure })),
      isCoordinator: actor.isCoordinator,
    }),
  });
};
