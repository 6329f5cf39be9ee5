import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.ts';
import {
  OPENDATA_UPLOAD_MAX_BYTES,
  opendataJobListSchema,
  opendataJobSchema,
  opendataUploadQuery,
  venueMappingListSchema,
} from '../../../contracts/opendata.ts';
import { errorResponses, uploadErrorResponses } from '../../http/openapi.ts';
import {
  createOpendataRunner,
  getOpendataJob,
  listOpendataJobs,
  listVenueMappings,
  resumeOpendataJob,
  uploadOpendata,
} from './opendata.service.ts';

const tags = ['Open data'];

export const opendataRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: OPENDATA_UPLOAD_MAX_BYTES, files: 1, fields: 2, parts: 3 } });
  const runner = createOpendataRunner(app.db, app.log);
  app.addHook('onClose', async () => runner.stop());

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
      summary: 'Saved column mappings for CSV and GeoJSON lists of venues',
      response: { 200: venueMappingListSchema, ...errorResponses },
    },
    handler: (request) => listVenueMappings(app.db, request.actor),
  });
};
