import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  organisationCreateQuery,
  organisationCreateSchema,
  organisationDuplicatesQuery,
  organisationDuplicatesSchema,
  organisationListQuery,
  organisationPageSchema,
  organisationSchema,
  organisationUpdateSchema,
  relationshipCreateSchema,
  relationshipListSchema,
  relationshipParams,
  relationshipSchema,
} from '../../../contracts/organisations.ts';
import { errorResponses } from '../../http/openapi.ts';
import { checkOrganisationDuplicates } from './organisation-duplicates.service.ts';
import { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisations.service.ts';
import { createRelationship, deleteRelationship, listRelationships } from './relationships.service.ts';

const tags = ['Organisations'];

export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/organisations', {
    schema: {
      tags,
      summary: 'The shared directory, paged, sorted and filtered',
      querystring: organisationListQuery,
      response: { 200: organisationPageSchema, ...errorResponses },
    },
    handler: (request) => listOrganisations(app.db, request.actor, request.query),
  });
  app.post('/organisations', {
    schema: {
      tags,
      summary: 'Create an organisation (409 listing the existing record on a known RNA, SIRET or UAI, unless ?force=true)',
      querystring: organisationCreateQuery,
      body: organisationCreateSchema,
      response: { 201: organisationSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createOrganisation(app.db, request.actor, request.body, request.query.force)),
  });
  app.post('/organisations/duplicates-check', {
    schema: {
      tags,
      summary: 'Probable duplicates of a record about to be saved: same RNA, SIRET or UAI, similar name in the same postcode',
      body: organisationDuplicatesQuery,
      response: { 200: organisationDuplicatesSchema, ...errorResponses },
    },
    handler: (request) => checkOrganisationDuplicates(app.db, request.actor, request.body),
  });
  app.get('/organisations/:id', {
    schema: { tags, params: idParams, response: { 200: organisationSchema, ...errorResponses } },
    handler: (request) => getOrganisation(app.db, request.actor, request.params.id),
  });
  app.patch('/organisations/:id', {
    schema: { tags, params: idParams, body: organisationUpdateSchema, response: { 200: organisationSchema, ...errorResponses } },
    handler: (request) => updateOrganisation(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/organisations/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteOrganisation(app.db, request.actor, request.params.id),
  });

  app.get('/organisations/:id/relationships', {
    schema: { tags, params: idParams, response: { 200: relationshipListSchema, ...errorResponses } },
    handler: (request) => listRelationships(app.db, request.actor, request.params.id),
  });
  app.post('/organisations/:id/relationships', {
    schema: {
      tags,
      summary: 'Link this organisation to another: it is member_of, federation_of, funded_by or partner_of the other',
      params: idParams,
      body: relationshipCreateSchema,
      response: { 201: relationshipSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createRelationship(app.db, request.actor, request.params.id, request.body)),
  });
  app.delete('/organisations/:id/relationships/:relationshipId', {
    schema: { tags, params: relationshipParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteRelationship(app.db, request.actor, request.params.id, request.params.relationshipId),
  });
};
