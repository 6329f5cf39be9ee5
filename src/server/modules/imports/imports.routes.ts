import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.ts';
import {
  IMPORT_MAX_BYTES,
  importDryRunSchema,
  importJobListSchema,
  importJobSchema,
  importListQuery,
  importReadingSchema,
  importRunSchema,
  importSettingsSchema,
  importUploadQuery,
} from '../../../contracts/imports.ts';
import { errorResponses, uploadErrorResponses } from '../../http/openapi.ts';
import { dryRunImport } from './import-dry-run.service.ts';
import { createImportRunner } from './import-run.service.ts';
import { changeImportReading, getImport, listImports, uploadImport } from './imports.service.ts';
import { readUpload } from './read-upload.ts';

const tags = ['Imports'];

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, parts: 3 } });
  const runner = createImportRunner(app.db, app.log);
  app.addHook('onClose', async () => runner.stop());

  app.get('/imports', {
    schema: {
      tags,
      summary: 'Import jobs: one’s own, or everyone’s for the coordination',
      querystring: importListQuery,
      response: { 200: importJobListSchema, ...errorResponses },
    },
    handler: (request) => listImports(app.db, request.actor),
  });
  app.post('/imports', {
    schema: {
      tags,
      summary: 'Upload a CSV or XLSX file (multipart/form-data, field "file", 20 MB at most) and get its preview',
      description:
        'The encoding (UTF-8, UTF-8 with BOM, UTF-16, Latin-1) and the separator (; , tab |) are detected; the preview shows the headers, the first 20 rows and a suggested column mapping. A file that cannot be read is refused with its line, and nothing is stored.',
      querystring: importUploadQuery,
      consumes: ['multipart/form-data'],
      response: { 201: importJobSchema, ...uploadErrorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await uploadImport(app.db, request.actor, () => readUpload(request), request.query.kind)),
  });
  app.get('/imports/:id', {
    schema: {
      tags,
      summary: 'An import job: its status and progress',
      params: idParams,
      response: { 200: importJobSchema, ...errorResponses },
    },
    handler: (request) => getImport(app.db, request.actor, request.params.id),
  });
  app.post('/imports/:id/reading', {
    schema: {
      tags,
      summary: 'Read a CSV file again with another encoding or separator, before its import starts, and get the new preview',
      description: 'The suggested mapping follows the new columns; the settings of an earlier dry run are dropped.',
      params: idParams,
      body: importReadingSchema,
      response: { 200: importJobSchema, ...errorResponses },
    },
    handler: (request) => changeImportReading(app.db, request.actor, request.params.id, request.body),
  });
  app.post('/imports/:id/dry-run', {
    schema: {
      tags,
      summary: 'What the import would do with this mapping: counts, rejected rows with their line and reason, probable duplicates',
      params: idParams,
      body: importSettingsSchema,
      response: { 200: importDryRunSchema, ...errorResponses },
    },
    handler: (request) => dryRunImport(app.db, request.actor, request.params.id, request.body),
  });
  app.post('/imports/:id/run', {
    schema: {
      tags,
      summary: 'Run the import in the background (202), by batches of 1,000 rows; run again to resume an interrupted one',
      description:
        'Rows sharing a Maillage id, RNA, SIRET or UAI with an organisation update it instead of creating a duplicate. Without a body, the settings of the last dry run apply.',
      params: idParams,
      body: importRunSchema.nullish(),
      response: { 202: importJobSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.code(202).send(await runner.start(request.actor, request.params.id, request.body ?? {})),
  });
};
