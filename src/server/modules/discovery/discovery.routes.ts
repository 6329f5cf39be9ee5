import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  discoveryAddResultSchema,
  discoveryAddSchema,
  discoveryPageSchema,
  discoverySearchQuery,
  dismissalCreateSchema,
  dismissalSchema,
  lexiconQuery,
  lexiconSchema,
  lexiconUpdateSchema,
} from '../../../contracts/discovery.ts';
import { errorResponses } from '../../http/openapi.ts';
import { searchDiscovery } from './discovery.service.ts';
import { addToPipeline, dismissEntry, getLexicon, updateLexicon } from './discovery-writes.service.ts';

const tags = ['Discovery'];

export const discoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/discovery/search', {
    schema: {
      tags,
      summary: 'Candidates for a structure, ranked by a transparent score',
      description:
        'Directory entries (open data) not dismissed and organisations the structure does not follow yet. score = 100 × (0.4 theme + 0.25 proximity + 0.2 reach + 0.15 gap); each result carries its components and a French sentence explaining them.',
      querystring: discoverySearchQuery,
      response: { 200: discoveryPageSchema, ...errorResponses },
    },
    handler: (request) => searchDiscovery(app.db, request.actor, request.query),
  });
  app.get('/discovery/lexicon', {
    schema: {
      tags,
      summary: 'The structure’s theme words (the shipped Mobilités lexicon until edited)',
      querystring: lexiconQuery,
      response: { 200: lexiconSchema, ...errorResponses },
    },
    handler: (request) => getLexicon(app.db, request.actor, request.query.structureId),
  });
  app.patch('/discovery/lexicon', {
    schema: {
      tags,
      summary: 'Replace the structure’s theme words',
      body: lexiconUpdateSchema,
      response: { 200: lexiconSchema, ...errorResponses },
    },
    handler: (request) => updateLexicon(app.db, request.actor, request.body),
  });
  app.post('/discovery/add', {
    schema: {
      tags,
      summary: 'Add a candidate to the structure’s pipeline at "identified" (409 with the probable duplicates; link with organisationId)',
      body: discoveryAddSchema,
      response: { 201: discoveryAddResultSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await addToPipeline(app.db, request.actor, request.body, app.config.dormantMonths)),
  });
  app.post('/discovery/dismissals', {
    schema: {
      tags,
      summary: 'Set a candidate aside for the structure, with a reason',
      body: dismissalCreateSchema,
      response: { 201: dismissalSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await dismissEntry(app.db, request.actor, request.body)),
  });
};
