import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contactExportQuery, organisationExportQuery, partnershipExportQuery } from '../../../contracts/exports.ts';
import { errorResponses } from '../../http/openapi.ts';
import { csvStream, type ExportSource, sendDownload, xlsxStream } from '../../http/tabular-export.ts';
import { vcardStream } from '../../http/vcard.ts';
import { exportContactCards, exportContacts } from '../contacts/contacts-export.service.ts';
import { exportOrganisations } from '../organisations/organisations-export.service.ts';
import { exportPartnerships } from '../partnerships/partnerships-export.service.ts';

const file = (description: string) => ({ 200: z.string().describe(description), ...errorResponses });
const SPREADSHEETS = [
  ['csv', 'CSV for French Excel: UTF-8 with BOM, semicolons, CRLF; cells starting like a formula get a leading apostrophe'],
  ['xlsx', 'XLSX workbook: one sheet, bold frozen header row'],
] as const;

/**
 * Downloads of the list views: the same filters and sort as the lists, every row (no pages).
 * The rows are read in batches and streamed, so a large directory never sits whole in memory.
 */
export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const [format, description] of SPREADSHEETS) {
    const send = <T>(reply: Parameters<typeof sendDownload>[0], name: string, sheet: string, source: ExportSource<T>) =>
      sendDownload(reply, name, format, format === 'csv' ? csvStream(source) : xlsxStream(source, sheet));
    app.get(`/organisations/export.${format}`, {
      schema: {
        tags: ['Organisations'],
        summary: `Export the organisations list view (${format})`,
        querystring: organisationExportQuery,
        response: file(description),
      },
      handler: async (request, reply) =>
        send(reply, 'organisations', 'Organisations', await exportOrganisations(app.db, request.actor, request.query)),
    });
    app.get(`/partnerships/export.${format}`, {
      schema: {
        tags: ['Partnerships'],
        summary: `Export the partnerships list view with their organisation (${format})`,
        querystring: partnershipExportQuery,
        response: file(description),
      },
      handler: async (request, reply) =>
        send(
          reply,
          'partenariats',
          'Partenariats',
          await exportPartnerships(app.db, request.actor, request.query, app.config.dormantMonths),
        ),
    });
    app.get(`/contacts/export.${format}`, {
      schema: {
        tags: ['Contacts'],
        summary: `Export the contacts list view (${format})`,
        querystring: contactExportQuery,
        response: file(description),
      },
      handler: async (request, reply) => send(reply, 'contacts', 'Contacts', await exportContacts(app.db, request.actor, request.query)),
    });
  }
  app.get('/contacts/export.vcf', {
    schema: {
      tags: ['Contacts'],
      summary: 'Export the contacts list view as vCard 4.0 (ORG and ROLE from the primary current affiliation)',
      querystring: contactExportQuery,
      response: file('vCard 4.0, one card per contact'),
    },
    handler: async (request, reply) =>
      sendDownload(reply, 'contacts', 'vcf', vcardStream(await exportContactCards(app.db, request.actor, request.query))),
  });
};
