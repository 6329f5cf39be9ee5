import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  interactionCreateSchema,
  interactionListQuery,
  interactionPageSchema,
  interactionSchema,
  interactionUpdateSchema,
} from '../../../contracts/interactions.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createInteraction, deleteInteraction, getInteraction, listInteractions, updateInteraction } from './interactions.service.ts';

const tags = ['Interactions'];

export const interactionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/interactions', {
    schema: {
      tags,
      summary: 'Calls, e-mails, meetings, notes and events, newest first: the timeline of a record with its filter',
      querystring: interactionListQuery,
      response: { 200: interactionPageSchema, ...errorResponses },
    },
    handler: (request) => listInteractions(app.db, request.actor, request.query),
  });
  app.post('/interactions', {
    schema: { tags, body: interactionCreateSchema, response: { 201: interactionSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createInteraction(app.db, request.actor, request.body)),
  });
  app.get('/interactions/:id', {
    schema: { tags, params: idParams, response: { 200: interactionSchema, ...errorResponses } },
    handler: (request) => getInteraction(app.db, request.actor, request.params.id),
  });
  app.patch('/interactions/:id', {
    schema: { tags, params: idParams, body: interactionUpdateSchema, response: { 200: interactionSchema, ...errorResponses } },
    handler: (request) => updateInteraction(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/interactions/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteInteraction(app.db, request.actor, request.params.id),
  });
};
