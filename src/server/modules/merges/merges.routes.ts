import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  contactMergeSchema,
  contactPairPageSchema,
  dismissalCreateSchema,
  dismissalSchema,
  duplicatePairQuery,
  mergeListQuery,
  mergePageSchema,
  mergeParams,
  mergeSchema,
  organisationMergeSchema,
  organisationPairPageSchema,
} from '../../../contracts/merges.ts';
import { errorResponses } from '../../http/openapi.ts';
import { dismissPair, listContactPairs, listOrganisationPairs } from './duplicates.service.ts';
import { listMerges, mergeRecords, undoMerge } from './merges.service.ts';
import { startPairWorker } from './pair-worker.ts';

const tags = ['Duplicates'];

export const mergesRoutes: FastifyPluginAsyncZod = async (app) => {
  const worker = startPairWorker(app.db, app.log);
  app.addHook('onClose', async () => worker.stop());
  app.get('/duplicates/organisations', {
    schema: {
      tags,
      summary: 'Candidate duplicate organisations, strongest first: same RNA, SIRET or UAI; similar name in the same postcode',
      querystring: duplicatePairQuery,
      response: { 200: organisationPairPageSchema, ...errorResponses },
    },
    handler: (request) => listOrganisationPairs(app.db, request.actor, request.query),
  });
  app.get('/duplicates/contacts', {
    schema: {
      tags,
      summary: 'Candidate duplicate contacts, strongest first: same e-mail; similar full name sharing an organisation',
      querystring: duplicatePairQuery,
      response: { 200: contactPairPageSchema, ...errorResponses },
    },
    handler: (request) => listContactPairs(app.db, request.actor, request.query),
  });
  app.post('/duplicates/dismissals', {
    schema: {
      tags,
      summary: 'Mark a pair as not duplicates: it is no longer listed',
      body: dismissalCreateSchema,
      response: { 201: dismissalSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await dismissPair(app.db, request.actor, request.body)),
  });
  app.post('/organisations/merge', {
    schema: {
      tags,
      summary: 'Merge an organisation into another: chosen fields, united lists, every link moved; undoable',
      body: organisationMergeSchema,
      response: { 200: mergeSchema, ...errorResponses },
    },
    handler: (request) => mergeRecords(app.db, request.actor, 'organisation', request.body),
  });
  app.post('/contacts/merge', {
    schema: {
      tags,
      summary: 'Merge a contact into another: chosen fields, united e-mails and phones, every link moved; undoable',
      body: contactMergeSchema,
      response: { 200: mergeSchema, ...errorResponses },
    },
    handler: (request) => mergeRecords(app.db, request.actor, 'contact', request.body),
  });
  app.get('/merges', {
    schema: {
      tags,
      summary: 'Recent merges, most recent first',
      querystring: mergeListQuery,
      response: { 200: mergePageSchema, ...errorResponses },
    },
    handler: (request) => listMerges(app.db, request.actor, request.query),
  });
  app.post('/merges/:id/undo', {
    schema: {
      tags,
      summary: 'Undo a merge: both records and every moved link as they were (409 if the survivor changed since)',
      params: mergeParams,
      response: { 200: mergeSchema, ...errorResponses },
    },
    handler: (request) => undoMerge(app.db, request.actor, request.params.id),
  });
};
