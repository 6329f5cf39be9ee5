import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.ts';
import { publicEventPageSchema, publicEventSchema, publicEventsQuery } from '../../../contracts/public-agenda.ts';
import { errorResponses } from '../../http/openapi.ts';
import { cachedAnswer, sendCached } from './feed-cache.ts';
import { getPublicEvent, listPublicEvents } from './public-agenda.service.ts';

const tags = ['Public agenda'];

const JSON_TYPE = 'application/json; charset=utf-8';
/** Browsers revalidate each time (seats left change), with the ETag: 304 while nothing changed. */
const REVALIDATE = 'no-cache';

/** The agenda as JSON, without an account (under /api/v1/public), sent from the node's cache of rendered answers (feed-cache.ts). */
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
    handler: async (request, reply) => {
      const answer = await cachedAnswer(`events:${JSON.stringify(request.query)}`, async () => ({
        body: JSON.stringify(await listPublicEvents(app.db, request.query)),
        contentType: JSON_TYPE,
      }));
      return sendCached(request, reply, answer, REVALIDATE);
    },
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
    handler: async (request, reply) => {
      const answer = await cachedAnswer(`event:${request.params.id}`, async () => ({
        body: JSON.stringify(await getPublicEvent(app.db, request.params.id)),
        contentType: JSON_TYPE,
      }));
      return sendCached(request, reply, answer, REVALIDATE);
    },
  });
};
