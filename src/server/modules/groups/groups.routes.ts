import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  groupCreateSchema,
  groupDetailSchema,
  groupFormLinkSchema,
  groupListQuery,
  groupListSchema,
  groupUpdateSchema,
  sessionCreateSchema,
  sessionParams,
  sessionSchema,
  sessionUpdateSchema,
  tokenRegenerateSchema,
} from '../../../contracts/groups.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createGroup, deleteGroup, getGroup, groupFormLink, listGroups, regenerateFormToken, updateGroup } from './groups.service.ts';
import { addSession, deleteSession, updateSession } from './sessions.service.ts';

const tags = ['Citizen groups'];

export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/groups', {
    schema: {
      tags,
      summary: 'Citizen groups, by name',
      querystring: groupListQuery,
      response: { 200: groupListSchema, ...errorResponses },
    },
    handler: (request) => listGroups(app.db, request.actor, request.query),
  });
  app.post('/groups', {
    schema: { tags, body: groupCreateSchema, response: { 201: groupDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createGroup(app.db, request.actor, request.body)),
  });
  app.get('/groups/:id', {
    schema: {
      tags,
      summary: 'A group with its reflection path',
      params: idParams,
      response: { 200: groupDetailSchema, ...errorResponses },
    },
    handler: (request) => getGroup(app.db, request.actor, request.params.id),
  });
  app.patch('/groups/:id', {
    schema: { tags, params: idParams, body: groupUpdateSchema, response: { 200: groupDetailSchema, ...errorResponses } },
    handler: (request) => updateGroup(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/groups/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteGroup(app.db, request.actor, request.params.id),
  });
  app.get('/groups/:id/form-link', {
    schema: {
      tags,
      summary: 'The link of the group’s public contribution form, and its QR code (SVG)',
      params: idParams,
      response: { 200: groupFormLinkSchema, ...errorResponses },
    },
    handler: (request) => groupFormLink(app.db, request.actor, request.params.id, app.config.publicUrl),
  });
  app.post('/groups/:id/form-token', {
    schema: {
      tags,
      summary: 'Give the public form a new link; the old one stops working',
      params: idParams,
      body: tokenRegenerateSchema,
      response: { 200: groupDetailSchema, ...errorResponses },
    },
    handler: (request) => regenerateFormToken(app.db, request.actor, request.params.id, request.body.version),
  });
  app.post('/groups/:id/sessions', {
    schema: { tags, params: idParams, body: sessionCreateSchema, response: { 201: sessionSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await addSession(app.db, request.actor, request.params.id, request.body)),
  });
  app.patch('/groups/:id/sessions/:sessionId', {
    schema: { tags, params: sessionParams, body: sessionUpdateSchema, response: { 200: sessionSchema, ...errorResponses } },
    handler: (request) => updateSession(app.db, request.actor, request.params.id, request.params.sessionId, request.body),
  });
  app.delete('/groups/:id/sessions/:sessionId', {
    schema: { tags, params: sessionParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteSession(app.db, request.actor, request.params.id, request.params.sessionId),
  });
};
