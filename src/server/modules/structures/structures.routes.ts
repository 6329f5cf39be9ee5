import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import { structureCreateSchema, structureListSchema, structureSchema, structureUpdateSchema } from '../../../contracts/structures.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createStructure, deleteStructure, getStructure, listStructures, updateStructure } from './structures.service.ts';

const tags = ['Structures'];

export const structuresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/structures', {
    schema: {
      tags,
      summary: 'Structures the user belongs to (all for the coordination)',
      response: { 200: structureListSchema, ...errorResponses },
    },
    handler: (request) => listStructures(app.db, request.actor),
  });
  app.get('/structures/:id', {
    schema: { tags, params: idParams, response: { 200: structureSchema, ...errorResponses } },
    handler: (request) => getStructure(app.db, request.actor, request.params.id),
  });
  app.post('/structures', {
    schema: { tags, body: structureCreateSchema, response: { 201: structureSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createStructure(app.db, request.actor, request.body)),
  });
  app.patch('/structures/:id', {
    schema: { tags, params: idParams, body: structureUpdateSchema, response: { 200: structureSchema, ...errorResponses } },
    handler: (request) => updateStructure(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/structures/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteStructure(app.db, request.actor, request.params.id),
  });
};
