import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.ts';
import { atRiskListSchema, engagementQuery, partnershipEngagementSchema, retentionSchema } from '../../../contracts/engagement.ts';
import { errorResponses } from '../../http/openapi.ts';
import { partnersAtRisk, partnershipEngagement, retention } from './engagement.service.ts';

const tags = ['Engagement'];

export const engagementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/engagement/partnerships/:id', {
    schema: {
      tags,
      summary: 'A partnership’s engagement score (0–100, five parts) now and at the end of each of the last 12 months, and its risks',
      params: idParams,
      response: { 200: partnershipEngagementSchema, ...errorResponses },
    },
    handler: (request) => partnershipEngagement(app.db, request.actor, request.params.id, app.config.dormantMonths),
  });
  app.get('/engagement/at-risk', {
    schema: {
      tags,
      summary: 'Partners at risk (score dropping, no interaction for MAILLAGE_DORMANT_MONTHS, next step or commitment overdue)',
      querystring: engagementQuery,
      response: { 200: atRiskListSchema, ...errorResponses },
    },
    handler: (request) => partnersAtRisk(app.db, request.actor, request.query.structureId, app.config.dormantMonths),
  });
  app.get('/engagement/retention', {
    schema: {
      tags,
      summary: 'Partners active in each year and still active the next year',
      querystring: engagementQuery,
      response: { 200: retentionSchema, ...errorResponses },
    },
    handler: (request) => retention(app.db, request.actor, request.query.structureId),
  });
};
