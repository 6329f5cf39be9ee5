import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deletedSchema, idParams } from '../../../contracts/common.ts';
import {
  OPENDATA_UPLOAD_MAX_BYTES,
  opendataJobListSchema,
  opendataJobSchema,
  opendataUploadQuery,
  venueMappingCreateSchema,
  venueMappingListSchema,
  venueMappingSchema,
  venueMappingUpdateSchema,
} from '../../../contracts/opendata.ts';
import { errorResponses, uploadErrorResponses } from '../../http/openapi.ts';
import { createOpendataRunner, getOpendataJob, listOpendataJobs, resumeOpendataJob, uploadOpendata } from './opendata.service.ts';
import { resumeInterruptedUploads } from './resume-on-start.ts';
import { createVenueMapping, deleteVenueMapping, listVenueMappings, updateVenueMapping } from './venue-mappings.service.ts';

const tags = ['Open data'];

export const opendataRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: OPENDATA_UPLOAD_MAX_BYTES, files: 1, fields: 2, parts: 3 } });
  const runner = createOpendataRunner(app.db, app.log);
  app.addHook('onClose', async () => runner.stop());
  // Uploads a crash left running resume in the background once the app is up, one at a time.
  app.addHook('onReady', async () => {
    resumeInterruptedUploads(app.db, runner, runner.isStopping).catch((error) =>
      app.log.error({ err: error }, 'resuming interrupted open-data imports failed'),
    );
  });

  app.get('/opendata/imports', {
    schema: {
      tags,
      summary: 'Open-data imports: one’s own, or everyone’s for the coordination',
      response: { 200: opendataJobListSchema, ...errorResponses },
    },
    handler: (request) => listOpendataJobs(app.db, request.actor),
  });
  app.post('/opendata/imports', {
    schema: {
      tags,
      summary: 'Import an open-data file into the directory of candidates (multipart, field "file"); runs in the background (202)',
      description:
        'kind: rna (waldec or import layout), sirene (StockEtablissement), csv or geojson (with a saved mapping). Options: departement, positions (RNA, default A), naf (SIRENE prefixes), mapping. The header is checked before the job starts; bad rows are reported with their line.',
      querystring: opendataUploadQuery,
      consumes: ['multipart/form-data'],
      response: { 202: opendataJobSchema, ...uploadErrorResponses },
    },
    handler: async (request, reply) => {
      const { kind, ...options } = request.query;
      return reply.code(202).send(await uploadOpendata(app.db, request.actor, runner, kind, options, request));
    },
  });
  app.get('/opendata/imports/:id', {
    schema: {
      tags,
      summary: 'An open-data import: status and progress',
      params: idParams,
      response: { 200: opendataJobSchema, ...errorResponses },
    },
    handler: (request) => getOpendataJob(app.db, request.actor, request.params.id),
  });
  app.post('/opendata/imports/:id/resume', {
    schema: {
      tags,
      summary: 'Resume an interrupted or failed upload’s import after its last committed batch (202)',
      params: idParams,
      response: { 202: opendataJobSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(202).send(await resumeOpendataJob(app.db, request.actor, runner, request.params.id)),
  });
  app.get('/opendata/mappings', {
    schema: {
      tags,
      summary:
        'Column mappings for CSV and GeoJSON lists of venues: the shipped ones (structureId null, read-only) and those the caller’s structures saved',
      response: { 200: venueMappingListSchema, ...errorResponses },
    },
    handler: (request) => listVenueMappings(app.db, request.actor),
  });
  app.post('/opendata/mappings', {
    schema: {
      tags,
      summary:
        'Save a named column mapping for the structure (name unique across all mappings; a name column and a way to place the venue required)',
      body: venueMappingCreateSchema,
      response: { 201: venueMappingSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await createVenueMapping(app.db, request.actor, request.body)),
  });
  app.patch('/opendata/mappings/:id', {
    schema: {
      tags,
      summary: 'Change a saved mapping’s label, sector or columns (409 when stale; shipped mappings are read-only)',
      params: idParams,
      body: venueMappingUpdateSchema,
      response: { 200: venueMappingSchema, ...errorResponses },
    },
    handler: (request) => updateVenueMapping(app.db, request.actor, request.params.id, request.body),
  });
  app.delete('/opendata/mappings/:id', {
    schema: {
      tags,
      summary: 'Move a saved mapping to the trash (managers); its name stays taken',
      params: idParams,
      response: { 200: deletedSchema, ...errorResponses },
    },
    handler: (request) => deleteVenueMapping(app.db, request.actor, request.params.id),
  });
};
