import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deletedSchema, idParams, userIdSchema } from '../../../contracts/common.ts';
import {
  membershipCreateSchema,
  membershipListQuery,
  membershipListSchema,
  membershipSchema,
  membershipUpdateSchema,
  userCreateSchema,
  userListSchema,
  userSchema,
} from '../../../contracts/users.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createMembership, deleteMembership, listMemberships, updateMembership } from './memberships.service.ts';
import { createUser, getUserFor, listUsersFor } from './users.service.ts';

const userTags = ['Users'];
const membershipTags = ['Memberships'];

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/users', {
    schema: {
      tags: userTags,
      summary: 'Users a manager or the coordination administers',
      response: { 200: userListSchema, ...errorResponses },
    },
    handler: (request) => listUsersFor(app.db, request.actor),
  });
  app.get('/users/:id', {
    schema: { tags: userTags, params: z.strictObject({ id: userIdSchema }), response: { 200: userSchema, ...errorResponses } },
    handler: (request) => getUserFor(app.db, request.actor, request.params.id),
  });
  app.post('/users', {
    schema: {
      tags: userTags,
      summary: 'Open an account with its first membership',
      body: userCreateSchema,
      response: { 201: userSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createUser(app.db, app.mailer, request.actor, request.body, app.config.publicUrl)),
  });

  app.get('/memberships', {
    schema: { tags: membershipTags, querystring: membershipListQuery, response: { 200: membershipListSchema, ...errorResponses } },
    handler: (request) => listMemberships(app.db, request.actor, request.query.structureId),
  });
  app.post('/memberships', {
    schema: { tags: membershipTags, body: membershipCreateSchema, response: { 201: membershipSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createMembership(app.db, request.actor, request.body)),
  });
  app.patch('/memberships/:id', {
    schema: {
      tags: membershipTags,
      params: idParams,
      body: membershipUpdateSchema,
      response: { 200: membershipSchema, ...errorResponses },
    },
    handler: (request) => updateMembership(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/memberships/:id', {
    schema: { tags: membershipTags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteMembership(app.db, request.actor, request.params.id),
  });
};
