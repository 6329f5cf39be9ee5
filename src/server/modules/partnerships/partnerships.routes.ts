import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  bulkResultSchema,
  partnershipBulkSchema,
  partnershipCreateSchema,
  partnershipListQuery,
  partnershipPageSchema,
  partnershipSchema,
  partnershipUpdateSchema,
  stageHistorySchema,
} from '../../../contracts/partnerships.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './partnerships.service.ts';
import { bulkUpdatePartnerships } from './partnerships-bulk.service.ts';
import { getStageHistory } from './stage-history.service.ts';

const tags = ['Partnerships'];

export const partnershipsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/partnerships', {
    schema: {
      tags,
      summary: 'Partnerships of the structures the user reads, paged, sorted and filtered',
      querystring: partnershipListQuery,
      response: { 200: partnershipPageSchema, ...errorResponses },
    },
    handler: (request) => listPartnerships(app.db, request.actor, request.query, app.config.dormantMonths),
  });
  app.post('/partnerships', {
    schema: {
      tags,
      summary: 'Start following an organisation (409 if the structure already does)',
      body: partnershipCreateSchema,
      response: { 201: partnershipSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createPartnership(app.db, request.actor, request.body, app.config.dormantMonths)),
  });
  app.post('/partnerships/bulk', {
    schema: {
      tags,
      summary: 'Tag, assign or move up to 1,000 partnerships at once, all or nothing',
      body: partnershipBulkSchema,
      response: { 200: bulkResultSchema, ...errorResponses },
    },
    handler: (request) => bulkUpdatePartnerships(app.db, request.actor, request.body),
  });
  app.get('/partnerships/:id', {
    schema: { tags, params: idParams, response: { 200: partnershipSchema, ...errorResponses } },
    handler: (request) => getPartnership(app.db, request.actor, request.params.id, app.config.dormantMonths),
  });
  app.patch('/partnerships/:id', {
    schema: {
      tags,
      summary: 'Change a partnership; a new stage is dated in its stage history',
      params: idParams,
      body: partnershipUpdateSchema,
      response: { 200: partnershipSchema, ...errorResponses },
    },
    handler: (request) => updatePartnership(app.db, request.actor, request.params.id, request.body, app.config.dormantMonths),
  });
  app.delete('/partnerships/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deletePartnership(app.db, request.actor, request.params.id),
  });
  app.get('/partnerships/:id/stages', {
    schema: {
      tags,
      summary: 'Stages the partnership went through, with the time spent in each',
      params: idParams,
      response: { 200: stageHistorySchema, ...errorResponses },
    },
    handler: (request) => getStageHistory(app.db, request.actor, request.params.id),
  });
};
