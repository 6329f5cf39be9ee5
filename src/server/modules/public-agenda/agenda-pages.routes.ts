import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../contracts/common.ts';
import type { PublicEvent } from '../../../contracts/public-agenda.ts';
import { AppError } from '../../http/errors.ts';
import { cachedAnswer, sendCached } from './feed-cache.ts';
import { icsFeed, rssFeed } from './feeds.service.ts';
import { eventJsonLd, jsonLdScripts } from './json-ld.ts';
import { getPublicEvent } from './public-agenda.service.ts';

const tags = ['Public agenda'];
const structureCodeParams = z.strictObject({ code: z.string().regex(/^[A-Za-z0-9]{1,10}$/) });
const stopParams = z.strictObject({ stopId: idSchema });

/** The page shell the web app is built into; a bare one when the web app is not built (API-only runs, tests). */
function pageShell(webDir: string): () => string {
  let shell: string | undefined;
  return () => {
    const file = join(webDir, 'index.html');
    shell ??= existsSync(file)
      ? readFileSync(file, 'utf8')
      : '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Maillage</title></head><body></body></html>';
    return shell;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Calendar apps and readers may keep a feed 5 minutes; they revalidate with its ETag. */
const FEED_CACHE = 'public, max-age=300';

/** Feeds and the agenda's server-rendered parts, outside /api (calendar apps and crawlers ask for these addresses). */
export const agendaPagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const shell = pageShell(app.config.webDir);
  const publicUrl = app.config.publicUrl;

  app.get('/agenda.ics', { schema: { tags, summary: 'iCalendar feed of the public agenda' } }, async (request, reply) =>
    sendCached(request, reply, await icsFeed(app.db, publicUrl, {}), FEED_CACHE),
  );
  app.get(
    '/agenda/:code.ics',
    { schema: { tags, summary: 'iCalendar feed of one structure (by its code: 75, 93…)', params: structureCodeParams } },
    async (request, reply) =>
      sendCached(request, reply, await icsFeed(app.db, publicUrl, { structureCode: request.params.code }), FEED_CACHE),
  );
  app.get(
    '/agenda/etapes/:stopId.ics',
    { schema: { tags, summary: 'iCalendar feed of one exhibition stop', params: stopParams } },
    async (request, reply) => sendCached(request, reply, await icsFeed(app.db, publicUrl, { stopId: request.params.stopId }), FEED_CACHE),
  );
  app.get('/agenda.rss', { schema: { tags, summary: 'RSS 2.0 feed of the public agenda' } }, async (request, reply) =>
    sendCached(request, reply, await rssFeed(app.db, publicUrl), FEED_CACHE),
  );

  // The event page carries its schema.org data in the HTML, so crawlers read it without running scripts.
  const eventPage = (event: PublicEvent | undefined) =>
    shell()
      .replace(/<title>[^<]*<\/title>/, event ? '' : '$&')
      .replace(
        '</head>',
        event
          ? `<title>${escapeHtml(event.title)} · Maillage</title>\n${jsonLdScripts(eventJsonLd(event, publicUrl))}\n</head>`
          : '</head>',
      );
  app.get('/agenda/evenements/:id', { schema: { hide: true } }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const page = idSchema.safeParse(id).success
      ? await cachedAnswer(`page:${id}`, async () => {
          const event = await getPublicEvent(app.db, id);
          return { body: eventPage(event), contentType: 'text/html; charset=utf-8' };
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'not_found') return undefined;
          throw error;
        })
      : undefined;
    if (page) return sendCached(request, reply, page, 'no-cache');
    return reply.code(404).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(eventPage(undefined));
  });

  // Other sites may show the agenda in an iframe: only this page lifts the same-origin framing rule.
  app.get('/agenda/embed', { schema: { hide: true } }, async (_request, reply) => {
    const csp = String(reply.getHeader('content-security-policy') ?? '').replace(/frame-ancestors [^;]*/, 'frame-ancestors *');
    reply.removeHeader('x-frame-options');
    return reply.header('content-security-policy', csp).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(shell());
  });
};
