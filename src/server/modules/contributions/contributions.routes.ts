import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  contributionListQuery,
  contributionModerateSchema,
  contributionPageSchema,
  contributionSchema,
} from '../../../contracts/contributions.ts';
import { errorResponses } from '../../http/openapi.ts';
import {
  deleteContribution,
  getContribution,
  getContributionPhoto,
  listContributions,
  moderateContribution,
} from './contributions.service.ts';
import { sendPhoto } from './send-photo.ts';

const tags = ['Contributions'];

/** Staff side: the moderation queue. The citizens' side is in public-contributions.routes.ts. */
export const contributionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/contributions', {
    schema: {
      tags,
      summary: 'Contributions, oldest first (status=pending: the moderation queue)',
      querystring: contributionListQuery,
      response: { 200: contributionPageSchema, ...errorResponses },
    },
    handler: (request) => listContributions(app.db, request.actor, request.query),
  });
  app.get('/contributions/:id', {
    schema: { tags, params: idParams, response: { 200: contributionSchema, ...errorResponses } },
    handler: (request) => getContribution(app.db, request.actor, request.params.id),
  });
  app.patch('/contributions/:id', {
    schema: {
      tags,
      summary: 'Moderate: approve, reject with a reason, edit the text (the original is kept), link a module, select for the wall',
      params: idParams,
      body: contributionModerateSchema,
      response: { 200: contributionSchema, ...errorResponses },
    },
    handler: (request) => moderateContribution(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/contributions/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteContribution(app.db, request.actor, request.params.id),
  });
  app.get('/contributions/:id/photo', {
    schema: {
      tags,
      summary: 'The contribution’s photo (JPEG, PNG or WebP), whatever its moderation',
      params: idParams,
      response: { 200: z.string().describe('the image'), ...errorResponses },
    },
    handler: async (request, reply) => {
      return sendPhoto(reply, await getContributionPhoto(app.db, request.actor, request.params.id), 'private, no-store');
    },
  });
};
