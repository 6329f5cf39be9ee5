import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openAgendaSettingsSchema } from '../../../contracts/openagenda.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireAccess } from '../access/require-access.ts';

/** What the events page needs to offer (or not) the OpenAgenda synchronisation; never the keys themselves. */
export const openAgendaSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/events/openagenda/settings', {
    schema: {
      tags: ['Events'],
      summary:
        'Whether OpenAgenda is configured on this server (MAILLAGE_OPENAGENDA_URL and _KEY), and whether exports can write (_SECRET)',
      response: { 200: openAgendaSettingsSchema, ...errorResponses },
    },
    handler: async (request) => {
      requireAccess(request.actor, 'directory:read');
      const settings = app.config.openagenda;
      return { configured: Boolean(settings), canExport: Boolean(settings?.secret) };
    },
  });
};
