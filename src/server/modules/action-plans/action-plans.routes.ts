import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionCreateSchema,
  actionSchema,
  actionUpdateSchema,
  commitmentCreateSchema,
  commitmentSchema,
  commitmentUpdateSchema,
  organisationCommitmentListSchema,
  planCreateSchema,
  planDetailSchema,
  planListQuery,
  planListSchema,
  planUpdateSchema,
} from '../../../contracts/action-plans.ts';
import { deletedSchema, idParams, idSchema } from '../../../contracts/common.ts';
import { errorResponses } from '../../http/openapi.ts';
import {
  addAction,
  addCommitment,
  createPlan,
  deleteAction,
  deleteCommitment,
  getPlan,
  listPlans,
  updateAction,
  updateCommitment,
  updatePlan,
} from './action-plans.service.ts';
import { listOrganisationCommitments } from './organisation-commitments.service.ts';

const tags = ['Action plans'];
const actionParams = z.strictObject({ id: idSchema, actionId: idSchema });
const commitmentParams = actionParams.extend({ commitmentId: idSchema });
const withUnprocessable = { ...errorResponses, 422: errorResponses[400] };

export const actionPlansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/action-plans', {
    schema: {
      tags,
      summary: 'Local action plans (one per structure)',
      querystring: planListQuery,
      response: { 200: planListSchema, ...errorResponses },
    },
    handler: (request) => listPlans(app.db, request.actor, request.query.structureId),
  });
  app.post('/action-plans', {
    schema: { tags, body: planCreateSchema, response: { 201: planDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createPlan(app.db, request.actor, request.body)),
  });
  app.get('/action-plans/:id', {
    schema: {
      tags,
      summary: 'A plan with its actions by deadline (overdue ones flagged), their commitments and indicators',
      params: idParams,
      response: { 200: planDetailSchema, ...errorResponses },
    },
    handler: (request) => getPlan(app.db, request.actor, request.params.id),
  });
  app.patch('/action-plans/:id', {
    schema: { tags, params: idParams, body: planUpdateSchema, response: { 200: planDetailSchema, ...errorResponses } },
    handler: (request) => updatePlan(app.db, request.actor, request.params.id, request.body),
  });
  app.post('/action-plans/:id/actions', {
    schema: { tags, params: idParams, body: actionCreateSchema, response: { 201: actionSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await addAction(app.db, request.actor, request.params.id, request.body)),
  });
  app.patch('/action-plans/:id/actions/:actionId', {
    schema: { tags, params: actionParams, body: actionUpdateSchema, response: { 200: actionSchema, ...errorResponses } },
    handler: (request) => updateAction(app.db, request.actor, request.params.id, request.params.actionId, request.body),
  });
  app.delete('/action-plans/:id/actions/:actionId', {
    schema: { tags, params: actionParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteAction(app.db, request.actor, request.params.id, request.params.actionId),
  });
  app.post('/action-plans/:id/actions/:actionId/commitments', {
    schema: {
      tags,
      summary: 'Commit an organisation to the action; the signatory must be affiliated to it (else 422)',
      params: actionParams,
      body: commitmentCreateSchema,
      response: { 201: commitmentSchema, ...withUnprocessable },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await addCommitment(app.db, request.actor, request.params.id, request.params.actionId, request.body)),
  });
  app.patch('/action-plans/:id/actions/:actionId/commitments/:commitmentId', {
    schema: {
      tags,
      summary: 'Edit a commitment (type, signatory, signing day); the signatory must be affiliated on that day (else 422)',
      params: commitmentParams,
      body: commitmentUpdateSchema,
      response: { 200: commitmentSchema, ...withUnprocessable },
    },
    handler: (request) =>
      updateCommitment(app.db, request.actor, request.params.id, request.params.actionId, request.params.commitmentId, request.body),
  });
  app.delete('/action-plans/:id/actions/:actionId/commitments/:commitmentId', {
    schema: { tags, params: commitmentParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteCommitment(app.db, request.actor, request.params.id, request.params.actionId, request.params.commitmentId),
  });
  app.get('/organisations/:id/commitments', {
    schema: {
      tags,
      summary: 'An organisation’s commitments in the action plans the reader may see',
      params: idParams,
      response: { 200: organisationCommitmentListSchema, ...errorResponses },
    },
    handler: (request) => listOrganisationCommitments(app.db, request.actor, request.params.id),
  });
};
