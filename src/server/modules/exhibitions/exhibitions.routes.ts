import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  exhibitionCreateSchema,
  exhibitionDetailSchema,
  exhibitionListSchema,
  exhibitionUpdateSchema,
  stopCreateSchema,
  stopSchema,
  stopUpdateSchema,
  stopVisitsSchema,
  visitInputSchema,
  visitParams,
} from '../../../contracts/exhibitions.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createExhibition, getExhibition, listExhibitions, updateExhibition } from './exhibitions.service.ts';
import { createStop, deleteStop, updateStop } from './stops.service.ts';
import { getVisits, setVisits } from './visits.service.ts';

const tags = ['Exhibition'];

export const exhibitionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/exhibitions', {
    schema: { tags, response: { 200: exhibitionListSchema, ...errorResponses } },
    handler: (request) => listExhibitions(app.db, request.actor),
  });
  app.post('/exhibitions', {
    schema: { tags, body: exhibitionCreateSchema, response: { 201: exhibitionDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createExhibition(app.db, request.actor, request.body)),
  });
  app.get('/exhibitions/:id', {
    schema: {
      tags,
      summary: 'An exhibition with its modules and its itinerary',
      params: idParams,
      response: { 200: exhibitionDetailSchema, ...errorResponses },
    },
    handler: (request) => getExhibition(app.db, request.actor, request.params.id),
  });
  app.patch('/exhibitions/:id', {
    schema: { tags, params: idParams, body: exhibitionUpdateSchema, response: { 200: exhibitionDetailSchema, ...errorResponses } },
    handler: (request) => updateExhibition(app.db, request.actor, request.params.id, request.body),
  });
  app.post('/exhibitions/:id/stops', {
    schema: {
      tags,
      summary: 'Adds a stop; overlapping stops of the exhibition and a venue booked twice are refused (409)',
      params: idParams,
      body: stopCreateSchema,
      response: { 201: stopSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await createStop(app.db, request.actor, request.params.id, request.body)),
  });
  app.patch('/exhibitions/stops/:id', {
    schema: { tags, params: idParams, body: stopUpdateSchema, response: { 200: stopSchema, ...errorResponses } },
    handler: (request) => updateStop(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/exhibitions/stops/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteStop(app.db, request.actor, request.params.id),
  });
  app.get('/exhibitions/stops/:id/visits', {
    schema: {
      tags,
      summary: 'Visitors per day at a stop, with the total',
      params: idParams,
      response: { 200: stopVisitsSchema, ...errorResponses },
    },
    handler: (request) => getVisits(app.db, request.actor, request.params.id),
  });
  app.put('/exhibitions/stops/:id/visits/:day', {
    schema: { tags, params: visitParams, body: visitInputSchema, response: { 200: stopVisitsSchema, ...errorResponses } },
    handler: (request) => setVisits(app.db, request.actor, request.params.id, request.params.day, request.body.visitors),
  });
};
