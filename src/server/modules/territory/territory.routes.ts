import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coverageGapListSchema,
  coverageGapsQuery,
  coverageMatrixQuery,
  coverageMatrixSchema,
  coverageQuery,
  coverageSchema,
  featureCollectionSchema,
  gapCandidatesQuery,
  gapCandidatesSchema,
  layerParams,
  mapSettingsSchema,
  organisationGeographyParams,
  organisationGeographySchema,
  qpvImportResultSchema,
} from '../../../contracts/territory.ts';
import { errorResponses, uploadErrorResponses } from '../../http/openapi.ts';
import { gapCandidates, listCoverageGaps } from '../discovery/gap-candidates.service.ts';
import { getCoverage, getCoverageMatrix } from './coverage.service.ts';
import { importQpv } from './qpv-import.ts';
import { QPV_MAX_BYTES, readQpvUpload } from './qpv-upload.ts';
import { getLayer, getMapSettings, getOrganisationGeography } from './territory.service.ts';

const tags = ['Territory'];

export const territoryRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: QPV_MAX_BYTES, files: 1, fields: 1, parts: 2 } });

  app.get('/territory/map-settings', {
    schema: {
      tags,
      summary: 'What the map needs: the tile URL (or none), whether a geocoder is set, how many QPV are known',
      response: { 200: mapSettingsSchema, ...errorResponses },
    },
    handler: (request) => getMapSettings(app.db, request.actor, app.config),
  });
  app.get('/territory/layers/:layer', {
    schema: {
      tags,
      summary: 'A GeoJSON layer: départements, Paris arrondissements, communes (shipped) or the imported QPV; cacheable, with an ETag',
      params: layerParams,
      response: { 200: featureCollectionSchema, ...errorResponses },
    },
    handler: async (request, typedReply) => {
      const { body, etag } = await getLayer(app.db, request.actor, request.params.layer);
      // The layer is already JSON text (1.2 MB for the communes): sent as is, not parsed and serialised again.
      const reply = typedReply as unknown as FastifyReply;
      reply.header('etag', etag).header('cache-control', 'private, max-age=0, must-revalidate');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('application/geo+json; charset=utf-8').send(body);
    },
  });
  app.post('/territory/qpv', {
    schema: {
      tags,
      summary: 'Import the national QPV GeoJSON (multipart/form-data, field "file"): Île-de-France kept, updated by code_qp',
      description:
        'Features of other regions are skipped; a feature without the expected properties or geometry is listed with its index and reason. Organisations are then placed in or near the QPV again.',
      consumes: ['multipart/form-data'],
      response: { 200: qpvImportResultSchema, ...uploadErrorResponses },
    },
    handler: (request) => importQpv(app.db, request.actor, () => readQpvUpload(request)),
  });
  app.get('/territory/organisations/:id', {
    schema: {
      tags,
      summary: 'Where an organisation stands: commune or arrondissement, QPV, distance to the nearest QPV',
      params: organisationGeographyParams,
      response: { 200: organisationGeographySchema, ...errorResponses },
    },
    handler: (request) => getOrganisationGeography(app.db, request.actor, request.params.id),
  });
  app.get('/coverage', {
    schema: {
      tags,
      summary: 'Active partners by arrondissement (Paris) or commune, QPV reached (a partner within 500 m), partner markers',
      querystring: coverageQuery,
      response: { 200: coverageSchema, ...errorResponses },
    },
    handler: (request) => getCoverage(app.db, request.actor, request.query),
  });
  app.get('/coverage/matrix', {
    schema: {
      tags,
      summary: 'Partners counted by sector x objective and by territory x objective; a zero cell is a gap',
      querystring: coverageMatrixQuery,
      response: { 200: coverageMatrixSchema, ...errorResponses },
    },
    handler: (request) => getCoverageMatrix(app.db, request.actor, request.query),
  });
  app.get('/coverage/gaps', {
    schema: {
      tags,
      summary: 'The zero cells of the structure’s matrices: sectors and territories where no active partner serves an objective',
      querystring: coverageGapsQuery,
      response: { 200: coverageGapListSchema, ...errorResponses },
    },
    handler: (request) => listCoverageGaps(app.db, request.actor, request.query.structureId),
  });
  app.get('/coverage/gaps/candidates', {
    schema: {
      tags,
      summary: 'The best discovery candidates for one gap (a sector or an INSEE code, and an objective), by the discovery score',
      description:
        'For a sector, the candidates of that sector; for a territory, its candidates whose sector serves the objective first. At most 5, each with its score and explanation; candidates already followed are left out.',
      querystring: gapCandidatesQuery,
      response: { 200: gapCandidatesSchema, ...errorResponses },
    },
    handler: (request) => gapCandidates(app.db, request.actor, request.query),
  });
};
