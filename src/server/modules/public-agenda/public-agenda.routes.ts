import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.ts';
import { publicEventPageSchema, publicEventSchema, publicEventsQuery } from '../../../contracts/public-agenda.ts';
import { errorResponses } from '../../http/openapi.ts';
import { getPublicEvent, listPublicEvents } from './public-agenda.service.ts';

const tags = ['Public agenda'];

/** The agenda as JSON, without an account (under /api/v1/public). */
export const publicAgendaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/public/events', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Upcoming public events, soonest first, with their slots to come and the seats left',
      security: [],
      querystring: publicEventsQuery,
      response: { 200: publicEventPageSchema, ...errorResponses },
    },
    handler: (request) => listPublicEvents(app.db, request.query),
  });
  app.get('/public/events/:id', {
    config: { public: true },
    schema: {
      tags,
      summary: 'A public event with all its slots',
      security: [],
      params: idParams,
      response: { 200: publicEventSchema, ...errorResponses },
    },
    handler: (request) => getPublicEvent(app.db, request.params.id),
  });
};
