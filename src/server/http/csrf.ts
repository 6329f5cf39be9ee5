import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie sessions are protected against cross-site requests: browsers always send
 * Sec-Fetch-Site or Origin on a cross-origin write, so either must say "same origin".
 * Clients without a browser (scripts, tests) send neither and carry no victim's cookie.
 */
export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new AppError('csrf', 'Requête refusée : elle ne vient pas de Maillage.');
  }
  const origin = request.headers.origin;
  if (origin && origin !== new URL(publicUrl).origin && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('csrf', 'Requête refusée : elle ne vient pas de Maillage.');
  }
}
