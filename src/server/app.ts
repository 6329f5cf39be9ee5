import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createAuth } from './auth/better-auth.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { type ActorResolver, createActorResolver } from './http/actor.ts';
import { registerAuthRoutes } from './http/auth-routes.ts';
import { assertSameOrigin } from './http/csrf.ts';
import { AppError } from './http/errors.ts';
import { registerProblemHandlers, sendProblem } from './http/problem.ts';
import './http/types.ts';
import { createMailer } from './mail/mailer.ts';
import { actionPlansRoutes } from './modules/action-plans/action-plans.routes.ts';
import { historyRoutes } from './modules/audit/history.routes.ts';
import { contactsRoutes } from './modules/contacts/contacts.routes.ts';
import { contributionsRoutes } from './modules/contributions/contributions.routes.ts';
import { publicContributionsRoutes } from './modules/contributions/public-contributions.routes.ts';
import { discoveryRoutes } from './modules/discovery/discovery.routes.ts';
import { engagementRoutes } from './modules/engagement/engagement.routes.ts';
import { eventsRoutes } from './modules/events/events.routes.ts';
import { openAgendaSettingsRoutes } from './modules/events/openagenda-settings.routes.ts';
import { exhibitionsRoutes } from './modules/exhibitions/exhibitions.routes.ts';
import { exportsRoutes } from './modules/exports/exports.routes.ts';
import { groupsRoutes } from './modules/groups/groups.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { ideasRoutes } from './modules/ideas/ideas.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { interactionsRoutes } from './modules/interactions/interactions.routes.ts';
import { meRoutes } from './modules/me/me.routes.ts';
import { mergesRoutes } from './modules/merges/merges.routes.ts';
import { networkRoutes } from './modules/network/network.routes.ts';
import { opendataRoutes } from './modules/opendata/opendata.routes.ts';
import { organisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { outboxRoutes } from './modules/outbox/outbox.routes.ts';
import { partnershipsRoutes } from './modules/partnerships/partnerships.routes.ts';
import { agendaPagesRoutes } from './modules/public-agenda/agenda-pages.routes.ts';
import { changesPublicAgenda, invalidatePublicAgenda } from './modules/public-agenda/feed-cache.ts';
import { publicAgendaRoutes } from './modules/public-agenda/public-agenda.routes.ts';
import { registrationsRoutes } from './modules/registrations/registrations.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { savedViewsRoutes } from './modules/saved-views/saved-views.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { structuresRoutes } from './modules/structures/structures.routes.ts';
import { tasksRoutes } from './modules/tasks/tasks.routes.ts';
import { communeListRoutes } from './modules/territory/commune-list.routes.ts';
import { registerGeocoder } from './modules/territory/geocoder.ts';
import { territoryRoutes } from './modules/territory/territory.routes.ts';
import { tileOrigins } from './modules/territory/tile-origins.ts';
import { trashRoutes } from './modules/trash/trash.routes.ts';
import { membershipsWithStructure } from './modules/users/users.queries.ts';
import { usersRoutes } from './modules/users/users.routes.ts';

const JSON_BODY_LIMIT = 256 * 1024;

export async function buildApp(config: Config, database: Database): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: process.env.MAILLAGE_TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  const auth = createAuth(config, database.db, mailer);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  registerGeocoder(database.db, config.geocoderUrl);
  app.decorate('auth', auth);
  app.decorate('mailer', mailer);
  app.decorateRequest('actor', null as never);

  registerProblemHandlers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Map tiles, when MAILLAGE_TILE_URL names a tile server.
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigins(config.tileUrl)],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await registerOpenApi(app);

  const actors = createActorResolver(auth, (userId) => membershipsWithStructure(database.db, userId), config.actorCacheMs);
  // Any write may change a role or end a session: cached actors are dropped (see ActorResolver).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') actors.forgetAll();
    // The rendered public agenda is dropped only by a successful write that can change it.
    if (changesPublicAgenda(request.method, request.url, reply.statusCode)) invalidatePublicAgenda();
    return payload;
  });
  registerAuthRoutes(app, auth);
  await app.register(healthRoutes);
  await app.register(apiV1(actors), { prefix: '/api/v1' });
  await app.register(agendaPagesRoutes);
  await registerWeb(app);
  return app;
}

function apiV1(actors: ActorResolver) {
  return async (api: FastifyInstance) => {
    // Authentication runs first, before the body is parsed: signed out is always 401.
    api.addHook('onRequest', async (request) => {
      assertSameOrigin(request, api.config.publicUrl);
      if (request.routeOptions.config.public) return;
      request.actor = await actors.resolveActor(request);
    });
    await api.register(meRoutes);
    await api.register(structuresRoutes);
    await api.register(usersRoutes);
    await api.register(historyRoutes);
    await api.register(trashRoutes);
    await api.register(outboxRoutes);
    await api.register(organisationsRoutes);
    await api.register(contactsRoutes);
    await api.register(mergesRoutes);
    await api.register(partnershipsRoutes);
    await api.register(exhibitionsRoutes);
    await api.register(eventsRoutes);
    await api.register(openAgendaSettingsRoutes);
    await api.register(ideasRoutes);
    await api.register(interactionsRoutes);
    await api.register(tasksRoutes);
    await api.register(searchRoutes);
    await api.register(savedViewsRoutes);
    await api.register(exportsRoutes);
    await api.register(importsRoutes);
    await api.register(groupsRoutes);
    await api.register(contributionsRoutes);
    await api.register(publicContributionsRoutes);
    await api.register(actionPlansRoutes);
    await api.register(engagementRoutes);
    await api.register(reportsRoutes);
    await api.register(registrationsRoutes);
    await api.register(publicAgendaRoutes);
    await api.register(opendataRoutes);
    await api.register(discoveryRoutes);
    await api.register(territoryRoutes);
    await api.register(communeListRoutes);
    await api.register(networkRoutes);
  };
}

async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Maillage API',
        version: '1',
        description:
          'REST API of Maillage. Sign in with POST /api/auth/sign-in/email; the session cookie authenticates /api/v1. Errors are RFC 9457 application/problem+json.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

async function registerWeb(app: FastifyInstance): Promise<void> {
  const hasWeb = existsSync(app.config.webDir);
  if (hasWeb) await app.register(fastifyStatic, { root: app.config.webDir, wildcard: false, index: false });
  else app.log.warn('Interface web absente : lancez `npm run build:web`.');
  // The web app routes on the client: every page path gets the same document.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (hasWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, new AppError('not_found', `Aucune ressource à l’adresse ${request.method} ${path}.`));
  });
}
