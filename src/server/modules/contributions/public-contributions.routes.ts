import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common.ts';
import {
  contributionReceivedSchema,
  contributionSubmitSchema,
  journeyMapSchema,
  PHOTO_MAX_BYTES,
  stopParams,
  wallSchema,
} from '../../../contracts/contributions.ts';
import { publicGroupSchema, tokenParams } from '../../../contracts/groups.ts';
import { errorResponses, uploadErrorResponses } from '../../http/openapi.ts';
import { getJourneyMap, getPublicGroup, getPublicPhoto, getWall, submitContribution } from './public-contributions.service.ts';
import { readSubmission } from './read-submission.ts';
import { sendPhoto } from './send-photo.ts';
import { sendWall } from './send-wall.ts';

const tags = ['Public participation'];
const config = { public: true };

/** Citizens' side, without a session: a group's form, the photos once approved, a stop's wall. */
export const publicContributionsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 12, parts: 13, fieldSize: 20_000 } });

  app.get('/public/groups/:token', {
    config,
    schema: {
      tags,
      summary: 'What a group’s contribution form shows: the group’s name and the exhibition modules',
      security: [],
      params: tokenParams,
      response: { 200: publicGroupSchema, ...errorResponses },
    },
    handler: (request) => getPublicGroup(app.db, request.params.token),
  });
  app.get('/public/groups/:token/journey-map', {
    config,
    schema: {
      tags,
      summary: 'The background of the form’s optional journey map: the outlines of the group’s territory, tiles when configured',
      security: [],
      params: tokenParams,
      response: { 200: journeyMapSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return getJourneyMap(app.db, request.params.token, app.config);
    },
  });
  app.post('/public/groups/:token/contributions', {
    config,
    schema: {
      tags,
      summary: 'Contribute through a group’s form (JSON, or multipart/form-data with the photo in "photo", 5 MB at most)',
      description:
        'Consent is required; image rights for a photo; a parent’s consent under 18. The `website` field must stay empty. Rate-limited per address and per form (429). The contribution waits for moderation.',
      security: [],
      params: tokenParams,
      body: contributionSubmitSchema.nullish(),
      consumes: ['application/json', 'multipart/form-data'],
      response: { 201: contributionReceivedSchema, ...uploadErrorResponses, 429: errorResponses[400] },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitContribution(app.db, request.params.token, request.ip, app.config.contributionLimit, () => readSubmission(request)),
        ),
  });
  app.get('/public/contributions/:id/photo', {
    config,
    schema: {
      tags,
      summary: 'An approved contribution’s photo',
      security: [],
      params: idParams,
      response: { 200: z.string().describe('the image'), ...errorResponses },
    },
    handler: async (request, reply) => {
      return sendPhoto(reply, await getPublicPhoto(app.db, request.params.id), 'no-cache');
    },
  });
  app.get('/public/walls/:stopId', {
    config,
    schema: {
      tags,
      summary: 'The wall of an exhibition stop: approved and selected contributions only (ETag: poll with If-None-Match)',
      security: [],
      params: stopParams,
      response: { 200: wallSchema, ...errorResponses },
    },
    handler: async (request, reply) => sendWall(request, reply, await getWall(app.db, request.params.stopId)),
  });
};
