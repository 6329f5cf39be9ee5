import type { FastifyReply } from 'fastify';
import type { contributionPhotos } from '../../db/schema/index.ts';

/** A stored photo as the response body, with its sniffed type; `cacheControl` says who may keep it. */
export function sendPhoto(reply: FastifyReply, photo: typeof contributionPhotos.$inferSelect, cacheControl: string) {
  return reply.type(photo.contentType).header('cache-control', cacheControl).send(Buffer.from(photo.bytes));
}
