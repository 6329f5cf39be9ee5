import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  affiliationCreateSchema,
  affiliationListSchema,
  affiliationParams,
  affiliationSchema,
  affiliationUpdateSchema,
  contactCreateQuery,
  contactCreateSchema,
  contactDuplicatesQuery,
  contactDuplicatesSchema,
  contactListQuery,
  contactPageSchema,
  contactSchema,
  contactUpdateSchema,
} from '../../../contracts/contacts.ts';
import { errorResponses } from '../../http/openapi.ts';
import { createAffiliation, deleteAffiliation, listAffiliations, updateAffiliation } from './affiliations.service.ts';
import { checkContactDuplicates } from './contact-duplicates.service.ts';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts.service.ts';

const tags = ['Contacts'];

export const contactsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/contacts', {
    schema: {
      tags,
      summary: 'People of the shared directory, paged, sorted and filtered',
      querystring: contactListQuery,
      response: { 200: contactPageSchema, ...errorResponses },
    },
    handler: (request) => listContacts(app.db, request.actor, request.query),
  });
  app.post('/contacts', {
    schema: {
      tags,
      summary: 'Create a contact (409 listing the existing person on a known e-mail, unless ?force=true)',
      querystring: contactCreateQuery,
      body: contactCreateSchema,
      response: { 201: contactSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await createContact(app.db, request.actor, request.body, request.query.force)),
  });
  app.post('/contacts/duplicates-check', {
    schema: {
      tags,
      summary: 'Probable duplicates of a person about to be saved: same e-mail, or same name',
      body: contactDuplicatesQuery,
      response: { 200: contactDuplicatesSchema, ...errorResponses },
    },
    handler: (request) => checkContactDuplicates(app.db, request.actor, request.body),
  });
  app.get('/contacts/:id', {
    schema: { tags, params: idParams, response: { 200: contactSchema, ...errorResponses } },
    handler: (request) => getContact(app.db, request.actor, request.params.id),
  });
  app.patch('/contacts/:id', {
    schema: { tags, params: idParams, body: contactUpdateSchema, response: { 200: contactSchema, ...errorResponses } },
    handler: (request) => updateContact(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/contacts/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteContact(app.db, request.actor, request.params.id),
  });

  app.get('/contacts/:id/affiliations', {
    schema: {
      tags,
      summary: 'The person’s roles in organisations, current and past',
      params: idParams,
      response: { 200: affiliationListSchema, ...errorResponses },
    },
    handler: (request) => listAffiliations(app.db, request.actor, request.params.id),
  });
  app.post('/contacts/:id/affiliations', {
    schema: { tags, params: idParams, body: affiliationCreateSchema, response: { 201: affiliationSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.code(201).send(await createAffiliation(app.db, request.actor, request.params.id, request.body)),
  });
  app.patch('/contacts/:id/affiliations/:affiliationId', {
    schema: {
      tags,
      summary: 'Change an affiliation, e.g. end it when the person leaves',
      params: affiliationParams,
      body: affiliationUpdateSchema,
      response: { 200: affiliationSchema, ...errorResponses },
    },
    handler: (request) => updateAffiliation(app.db, request.actor, request.params.id, request.params.affiliationId, request.body),
  });
  app.delete('/contacts/:id/affiliations/:affiliationId', {
    schema: { tags, params: affiliationParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteAffiliation(app.db, request.actor, request.params.id, request.params.affiliationId),
  });
};
