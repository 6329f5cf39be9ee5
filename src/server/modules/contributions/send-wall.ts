import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Wall } from '../../../contracts/contributions.ts';

/** The wall, or 304 when the screen already shows this version (its If-None-Match is the ETag). */
export function sendWall(request: FastifyRequest, reply: FastifyReply, { wall, etag }: { wall: Wall; etag: string }) {
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(wall);
}
