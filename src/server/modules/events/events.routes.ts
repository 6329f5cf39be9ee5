import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  conflictListSchema,
  conflictsQuery,
  eventCreateSchema,
  eventDetailSchema,
  eventExportQuery,
  eventListQuery,
  eventPageSchema,
  eventUpdateSchema,
  partnerInputSchema,
  partnerParams,
  slotInputSchema,
  slotParams,
  slotUpdateSchema,
  staffInputSchema,
  staffParams,
} from '../../../contracts/events.ts';
import {
  openAgendaFileImportSchema,
  openAgendaFileQuery,
  openAgendaFileSchema,
  openAgendaReportSchema,
  openAgendaRunSchema,
} from '../../../contracts/openagenda.ts';
import { errorResponses } from '../../http/openapi.ts';
import { csvStream, sendDownload, xlsxStream } from '../../http/tabular-export.ts';
import type { RegistrationDeps } from '../registrations/registrations.service.ts';
import { createEvent, deleteEvent, getEvent, listConflicts, listEvents, updateEvent } from './events.service.ts';
import { exportEvents } from './events-export.service.ts';
import {
  exportToOpenAgenda,
  importFromOpenAgenda,
  importOpenAgendaFile,
  type OpenAgendaDeps,
  openAgendaFile,
} from './openagenda.service.ts';
import { addPartner, addStaff, removePartner, removeStaff } from './participants.service.ts';
import { addSlot, removeSlot, updateSlot } from './slots.service.ts';

const tags = ['Events'];
const detail = { 200: eventDetailSchema, ...errorResponses };

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  // A slot's raised capacity promotes the waiting list, which is e-mailed.
  const registrationDeps: RegistrationDeps = {
    db: app.db,
    mailer: app.mailer,
    secret: app.config.secret,
    publicUrl: app.config.publicUrl,
  };
  app.get('/events', {
    schema: {
      tags,
      summary: 'Events with their slots, paged and filtered',
      querystring: eventListQuery,
      response: { 200: eventPageSchema, ...errorResponses },
    },
    handler: (request) => listEvents(app.db, request.actor, request.query),
  });
  app.get('/events/conflicts', {
    schema: {
      tags,
      summary: 'Venues and staff booked on overlapping slots of two events, between two Paris days',
      querystring: conflictsQuery,
      response: { 200: conflictListSchema, ...errorResponses },
    },
    handler: (request) => listConflicts(app.db, request.actor, request.query),
  });
  app.post('/events', {
    schema: { tags, body: eventCreateSchema, response: { 201: eventDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await createEvent(app.db, request.actor, request.body)),
  });
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/events/export.${format}`, {
      schema: {
        tags,
        summary: `Export the events list view with its filters and sort, every row (${format}; CSV for French Excel)`,
        querystring: eventExportQuery,
        response: { 200: z.string().describe(`${format.toUpperCase()} file`), ...errorResponses },
      },
      handler: async (request, reply) => {
        const source = await exportEvents(app.db, request.actor, request.query);
        return sendDownload(reply, 'evenements', format, format === 'csv' ? csvStream(source) : xlsxStream(source, 'Événements'));
      },
    });
  }
  const openAgenda: OpenAgendaDeps = { db: app.db, settings: app.config.openagenda, publicUrl: app.config.publicUrl };
  const report = { 200: openAgendaReportSchema, ...errorResponses };
  app.post('/events/openagenda/export', {
    schema: {
      tags,
      summary: 'Sends the structure’s public events to an OpenAgenda agenda (v2 API); events sent before are updated, not duplicated',
      body: openAgendaRunSchema,
      response: report,
    },
    handler: (request) => exportToOpenAgenda(openAgenda, request.actor, request.body),
  });
  app.post('/events/openagenda/import', {
    schema: {
      tags,
      summary: 'Reads an OpenAgenda agenda into the structure’s events; an event imported before is updated, not duplicated',
      body: openAgendaRunSchema,
      response: report,
    },
    handler: (request) => importFromOpenAgenda(openAgenda, request.actor, request.body),
  });
  app.get('/events/openagenda.json', {
    schema: {
      tags,
      summary: 'The structure’s public events as an OpenAgenda v2 JSON file (the shape of the v2 events list)',
      querystring: openAgendaFileQuery,
      response: { 200: openAgendaFileSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await openAgendaFile(openAgenda, request.actor, request.query.structureId);
      return reply.header('content-disposition', 'attachment; filename="evenements-openagenda.json"').send(file);
    },
  });
  app.post('/events/openagenda/import-file', {
    schema: {
      tags,
      summary: 'Reads an OpenAgenda v2 JSON file into the structure’s events, all or nothing; an event imported before is updated',
      body: openAgendaFileImportSchema,
      response: report,
    },
    handler: (request) => importOpenAgendaFile(openAgenda, request.actor, request.body),
  });
  app.get('/events/:id', {
    schema: { tags, params: idParams, response: detail },
    handler: (request) => getEvent(app.db, request.actor, request.params.id),
  });
  app.patch('/events/:id', {
    schema: {
      tags,
      summary: 'Updates an event; becoming held logs an interaction for each organisation involved',
      params: idParams,
      body: eventUpdateSchema,
      response: detail,
    },
    handler: (request) => updateEvent(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/events/:id', {
    schema: { tags, params: idParams, response: { 200: deletedSchema, ...errorResponses } },
    handler: (request) => deleteEvent(app.db, request.actor, request.params.id),
  });
  app.post('/events/:id/slots', {
    schema: { tags, params: idParams, body: slotInputSchema, response: { 201: eventDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await addSlot(app.db, request.actor, request.params.id, request.body)),
  });
  app.patch('/events/:id/slots/:slotId', {
    schema: { tags, params: slotParams, body: slotUpdateSchema, response: detail },
    handler: (request) => updateSlot(registrationDeps, request.actor, request.params.id, request.params.slotId, request.body),
  });
  app.delete('/events/:id/slots/:slotId', {
    schema: { tags, params: slotParams, response: detail },
    handler: (request) => removeSlot(app.db, request.actor, request.params.id, request.params.slotId),
  });
  app.post('/events/:id/partners', {
    schema: { tags, params: idParams, body: partnerInputSchema, response: { 201: eventDetailSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.code(201).send(await addPartner(app.db, request.actor, request.params.id, request.body.organisationId, request.body.role)),
  });
  app.delete('/events/:id/partners/:organisationId/:role', {
    schema: { tags, params: partnerParams, response: detail },
    handler: (request) => removePartner(app.db, request.actor, request.params.id, request.params.organisationId, request.params.role),
  });
  app.post('/events/:id/staff', {
    schema: { tags, params: idParams, body: staffInputSchema, response: { 201: eventDetailSchema, ...errorResponses } },
    handler: async (request, reply) => reply.code(201).send(await addStaff(app.db, request.actor, request.params.id, request.body.userId)),
  });
  app.delete('/events/:id/staff/:userId', {
    schema: { tags, params: staffParams, response: detail },
    handler: (request) => removeStaff(app.db, request.actor, request.params.id, request.params.userId),
  });
};
