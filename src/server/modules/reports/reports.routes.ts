import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportQuery, reportSchema } from '../../../contracts/reports.ts';
import { errorResponses } from '../../http/openapi.ts';
import { csvStream, sendDownload } from '../../http/tabular-export.ts';
import { HELD_EVENT_COLUMNS } from './events-held-csv.ts';
import { buildReport } from './report-figures.service.ts';
import { funderReportPdf, funderReportXlsx, heldEventsForOpenData } from './reports.service.ts';

const tags = ['Reports'];
async function* once<T>(rows: T[]) {
  yield rows;
}
const file = (description: string) => ({ 200: z.string().describe(description), ...errorResponses });
const TYPES = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

function sendReport(reply: FastifyReply, format: keyof typeof TYPES, period: { from: string; to: string }, body: Buffer) {
  return reply
    .header('content-disposition', `attachment; filename="bilan-financeurs-${period.from}-${period.to}.${format}"`)
    .header('cache-control', 'no-store')
    .type(TYPES[format])
    .send(body);
}

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/reports/figures', {
    schema: {
      tags,
      summary: 'The programme’s figures for a period, per structure and for all the structures asked for (or readable)',
      querystring: reportQuery,
      response: { 200: reportSchema, ...errorResponses },
    },
    handler: (request) => buildReport(app.db, request.actor, request.query),
  });
  app.get('/reports/funder.pdf', {
    schema: {
      tags,
      summary: 'The funder report (French PDF: key figures, charts, per-structure and events tables)',
      querystring: reportQuery,
      response: file('PDF document'),
    },
    handler: async (request, reply) => {
      const { report, body } = await funderReportPdf(app.db, request.actor, request.query);
      return sendReport(reply, 'pdf', report, body);
    },
  });
  app.get('/reports/funder.xlsx', {
    schema: {
      tags,
      summary: 'The funder report as a workbook, one sheet per table',
      querystring: reportQuery,
      response: file('XLSX workbook'),
    },
    handler: async (request, reply) => {
      const { report, body } = await funderReportXlsx(app.db, request.actor, request.query);
      return sendReport(reply, 'xlsx', report, body);
    },
  });
  app.get('/reports/events-held.csv', {
    schema: {
      tags,
      summary: 'Open data: the events held in the period (UTF-8 with BOM, semicolons, formulas neutralised; columns in README)',
      querystring: reportQuery,
      response: file('CSV'),
    },
    handler: async (request, reply) => {
      const { rows } = await heldEventsForOpenData(app.db, request.actor, request.query);
      return sendDownload(reply, 'evenements-tenus', 'csv', csvStream({ columns: HELD_EVENT_COLUMNS, batches: once(rows) }));
    },
  });
};
