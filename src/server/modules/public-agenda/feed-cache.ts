import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A rendered public answer, kept as bytes with its gzip variant and validators, so a hit costs no work. */
export type CachedAnswer = { body: Buffer; gzip: Buffer; etag: string; lastModified: Date; contentType: string };
/** lastModified: the newest change shown; the render time when the answer also shows what has no date (seats left). */
export type Rendered = { body: string; contentType: string; lastModified?: Date };

/**
 * The public agenda is read far more often than it changes: each node keeps every rendered feed,
 * agenda page and event for TTL_MS, and drops them all when a write that can change the public agenda
 * succeeds on it (changesPublicAgenda); other nodes catch up within the TTL. At most MAX_ENTRIES
 * answers are kept (free-text searches make new keys), the oldest go first.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;
const cache = new Map<string, { answer: Promise<CachedAnswer>; until: number }>();

/** Writes that change what the public agenda shows: events and their slots, registrations (seats left), structures, stops, venues, restores. */
const AGENDA_WRITES =
  /^\/api\/v1\/(events|public\/slots|public\/registrations|registrations|structures|exhibitions|organisations|merges|imports|trash)(\/|\?|$)/;

export function changesPublicAgenda(method: string, url: string, statusCode: number): boolean {
  return method !== 'GET' && method !== 'HEAD' && statusCode < 400 && AGENDA_WRITES.test(url);
}

export function invalidatePublicAgenda(): void {
  cache.clear();
}

async function settle(render: () => Promise<Rendered>): Promise<CachedAnswer> {
  const { body, contentType, lastModified } = await render();
  const bytes = Buffer.from(body, 'utf8');
  // HTTP dates hold whole seconds.
  const modified = new Date(Math.floor((lastModified ?? new Date()).getTime() / 1000) * 1000);
  return {
    body: bytes,
    gzip: gzipSync(bytes),
    etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
    lastModified: modified,
    contentType,
  };
}

/** The cached answer under key, rendered once even when many requests miss at the same moment. */
export function cachedAnswer(key: string, render: () => Promise<Rendered>): Promise<CachedAnswer> {
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.answer;
  const answer = settle(render);
  cache.set(key, { answer, until: Date.now() + TTL_MS });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  // A failed render (not found, database down) is not kept.
  answer.catch(() => {
    if (cache.get(key)?.answer === answer) cache.delete(key);
  });
  return answer;
}

/** 304 when the client already holds this version (ETag first, then Last-Modified); gzip when the client takes it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer, cacheControl: string) {
  reply
    .header('etag', answer.etag)
    .header('last-modified', answer.lastModified.toUTCString())
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim() === answer.etag)
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= answer.lastModified.getTime();
  if (notModified) return reply.code(304).send();
  reply.type(answer.contentType);
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return reply.header('content-encoding', 'gzip').send(answer.gzip);
  return reply.send(answer.body);
}
