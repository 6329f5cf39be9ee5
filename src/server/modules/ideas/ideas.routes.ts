import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import { eventDetailSchema } from '../../../contracts/events.ts';
import {
  ideaCommentCreateSchema,
  ideaCreateSchema,
  ideaDetailSchema,
  ideaListQuery,
  ideaPageSchema,
  supportSchema,
} from '../../../contracts/ideas.ts';
import { errorResponses } from '../../http/openapi.ts';
import { ideaToEvent } from './idea-to-event.service.ts';
import { commentIdea, createIdea, deleteIdea, getIdea, listIdeas, setSupport } from './ideas.service.ts';

const tags = ['Ideas'];

export const ideasRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/ideas', {
    schema: {
      tags,
      summary: 'The ideas board, newest first',
      querystring: ideaListQuery,
      response: { 200: ideaPageSchema, ...errorResponses },
    },
    handler: (request) => listIdeas(app.db, request.actor, request.query),
  });
  app.post('/ideas', {
    schema: { tags, body: ideaCreateSchema, response: { 201: ideaDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createIdea(app.db, request.actor, request.body)),
  });
  app.get('/ideas/:id', {
    schema: { tags, params: idParams, response: { 200: ideaDetailSchema, ...errorResponses } },
    handler: (request) => getIdea(app.db, request.actor, request.params.id),
  });
  app.delete('/ideas/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteIdea(app.db, request.actor, request.params.id),
  });
  app.post('/ideas/:id/comments', {
    schema: { tags, params: idParams, body: ideaCommentCreateSchema, response: { 201: ideaDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await commentIdea(app.db, request.actor, request.params.id, request.body.body)),
  });
  app.put('/ideas/:id/support', {
    schema: { tags, summary: 'Supports the idea (once per person)', params: idParams, response: { 200: supportSchema, ...errorResponses } },
    handler: (request) => setSupport(app.db, request.actor, request.params.id, true),
  });
  app.delete('/ideas/:id/support', {
    schema: { tags, params: idParams, response: { 200: supportSchema, ...errorResponses } },
    handler: (request) => setSupport(app.db, request.actor, request.params.id, false),
  });
  app.post('/ideas/:id/event', {
    schema: {
      tags,
      summary: 'Turns the idea into an event draft (status proposed), once',
      params: idParams,
      response: { 201: eventDetailSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await ideaToEvent(app.db, request.actor, request.params.id)),
  });
};
