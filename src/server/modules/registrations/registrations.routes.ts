import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.ts';
import {
  feedbackFormSchema,
  feedbackInputSchema,
  feedbackReceivedSchema,
  feedbackRequestsSchema,
  feedbackSummarySchema,
  feedbackTokenQuery,
} from '../../../contracts/feedback.ts';
import {
  cancelPreviewSchema,
  cancelTokenBody,
  cancelTokenQuery,
  checkInSchema,
  eventAttendanceSchema,
  eventRegistrationsQuery,
  eventRegistrationsSchema,
  publicRegistrationSchema,
  registrationReceiptSchema,
  registrationSchema,
  slotParams,
  staffRegistrationSchema,
} from '../../../contracts/registrations.ts';
import { errorResponses } from '../../http/openapi.ts';
import { addressBucket, takeHit } from '../../http/rate-limit.ts';
import { eventAttendance } from './attendance.service.ts';
import { feedbackForm, feedbackSummary, requestFeedback, submitFeedback } from './feedback.service.ts';
import { cancelWithToken, previewCancellation, type RegistrationDeps, registerPublicly } from './registrations.service.ts';
import { cancelByStaff, checkIn, listEventRegistrations, registerByStaff } from './staff.service.ts';

const tags = ['Registrations'];
const publicErrors = { ...errorResponses, 429: problemSchema } as const;

const depsOf = (app: FastifyInstance): RegistrationDeps => ({
  db: app.db,
  mailer: app.mailer,
  secret: app.config.secret,
  publicUrl: app.config.publicUrl,
});

export const registrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = depsOf(app);
  // Public registrations per client address and minute, shared by every app node.
  const limit = app.config.registrationLimitPerMinute;
  const refusal = 'Trop d’inscriptions depuis cette adresse';

  app.post('/public/slots/:slotId/registrations', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Registers a person or a group for a slot (no account): confirmed while seats remain, else on the waiting list',
      security: [],
      params: slotParams,
      body: publicRegistrationSchema,
      response: { 201: registrationReceiptSchema, ...publicErrors },
    },
    preHandler: (request) => takeHit(app.db, { bucket: addressBucket('registration', request.ip), limit, windowMs: 60_000, refusal }),
    handler: async (request, reply) => reply.code(201).send(await registerPublicly(deps, request.params.slotId, request.body)),
  });
  app.get('/public/registrations/cancel', {
    config: { public: true },
    schema: {
      tags,
      summary: 'What a signed cancel link would cancel',
      security: [],
      querystring: cancelTokenQuery,
      response: { 200: cancelPreviewSchema, ...errorResponses },
    },
    handler: (request) => previewCancellation(deps, request.query.token),
  });
  app.post('/public/registrations/cancel', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Cancels the registration of a signed link; freed seats go to the waiting list',
      security: [],
      body: cancelTokenBody,
      response: { 200: cancelPreviewSchema, ...errorResponses },
    },
    handler: (request) => cancelWithToken(deps, request.body.token),
  });

  app.get('/events/:id/registrations', {
    schema: {
      tags,
      summary: 'Registrations of an event per slot, with seats confirmed, waiting and checked in',
      params: idParams,
      querystring: eventRegistrationsQuery,
      response: { 200: eventRegistrationsSchema, ...errorResponses },
    },
    handler: (request) => listEventRegistrations(app.db, request.actor, request.params.id, request.query),
  });
  app.post('/events/:id/registrations', {
    schema: {
      tags,
      summary: 'Registers someone on their behalf (phone, desk)',
      params: idParams,
      body: staffRegistrationSchema,
      response: { 201: registrationSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await registerByStaff(deps, request.actor, request.params.id, request.body)),
  });
  app.post('/events/:id/check-in', {
    schema: {
      tags,
      summary: 'Checks a confirmed registration in, by its id or by the code of its confirmation e-mail',
      params: idParams,
      body: checkInSchema,
      response: { 200: registrationSchema, ...errorResponses },
    },
    handler: (request) => checkIn(app.db, request.actor, request.params.id, request.body),
  });
  app.get('/events/:id/attendance', {
    schema: {
      tags,
      summary: 'Attendance per slot, how people heard of the event and the share of distant publics',
      params: idParams,
      response: { 200: eventAttendanceSchema, ...errorResponses },
    },
    handler: (request) => eventAttendance(app.db, request.actor, request.params.id),
  });
  app.get('/public/feedback', {
    config: { public: true },
    schema: {
      tags,
      summary: 'The feedback form of a signed link: the event, and whether it was answered',
      security: [],
      querystring: feedbackTokenQuery,
      response: { 200: feedbackFormSchema, ...errorResponses },
    },
    handler: (request) => feedbackForm(deps, request.query.token),
  });
  app.post('/public/feedback', {
    config: { public: true },
    schema: {
      tags,
      summary: 'A participant’s answers (satisfaction 1–5, how they heard, postcode, comment), once per registration',
      security: [],
      body: feedbackInputSchema,
      response: { 201: feedbackReceivedSchema, ...publicErrors },
    },
    preHandler: (request) => takeHit(app.db, { bucket: addressBucket('registration', request.ip), limit, windowMs: 60_000, refusal }),
    handler: async (request, reply) => reply.code(201).send(await submitFeedback(deps, request.body)),
  });
  app.post('/events/:id/feedback-requests', {
    schema: {
      tags,
      summary: 'E-mails the feedback form to the people checked in who have not answered yet (after the event has begun)',
      params: idParams,
      response: { 200: feedbackRequestsSchema, ...errorResponses },
    },
    handler: (request) => requestFeedback(deps, request.actor, request.params.id),
  });
  app.get('/events/:id/feedback', {
    schema: {
      tags,
      summary: 'The feedback answers of an event, summed up (notes, channels, postcodes, comments without names)',
      params: idParams,
      response: { 200: feedbackSummarySchema, ...errorResponses },
    },
    handler: (request) => feedbackSummary(app.db, request.actor, request.params.id),
  });
  app.post('/registrations/:id/cancel', {
    schema: {
      tags,
      summary: 'Cancels a registration for the registrant; freed seats go to the waiting list',
      params: idParams,
      response: { 200: registrationSchema, ...errorResponses },
    },
    handler: (request) => cancelByStaff(deps, request.actor, request.params.id),
  });
};
