import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  savedViewCreateSchema,
  savedViewListQuery,
  savedViewListSchema,
  savedViewSchema,
  savedViewUpdateSchema,
} from '../../../contracts/saved-views.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views.service.ts';

const tags = ['Saved views'];

export const savedViewsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/saved-views', {
    schema: {
      tags,
      summary: 'The signed-in user’s saved views of a list page',
      querystring: savedViewListQuery,
      response: { 200: savedViewListSchema, ...errorResponses },
    },
    handler: (request) => listSavedViews(app.db, request.actor, request.query.page),
  });
  app.post('/saved-views', {
    schema: {
      tags,
      summary: 'Save the current view of a list page (its URL query string) under a name',
      body: savedViewCreateSchema,
      response: { 201: savedViewSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await createSavedView(app.db, request.actor, request.body)),
  });
  app.patch('/saved-views/:id', {
    schema: {
      tags,
      summary: 'Rename a saved view or replace its query',
      params: idParams,
      body: savedViewUpdateSchema,
      response: { 200: savedViewSchema, ...errorResponses },
    },
    handler: (request) => updateSavedView(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/saved-views/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteSavedView(app.db, request.actor, request.params.id),
  });
};
