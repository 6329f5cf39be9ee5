import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AUTH_BASE_PATH, type Auth } from '../auth/better-auth.ts';
import { AppError, type ErrorCode } from './errors.ts';
import { sendProblem } from './problem.ts';

export const CLIENT_IP_HEADER = 'x-maillage-client-ip';

/** Web-standard headers for better-auth, with the client address set by us, never by the client. */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = fromNodeHeaders(request.headers);
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

/** Mounts better-auth at its standard routes (POST /api/auth/sign-in/email ...). */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth): void {
  app.route({
    method: ['GET', 'POST'],
    url: `${AUTH_BASE_PATH}/*`,
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, 'http://maillage.internal');
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(
        new Request(new URL(url.pathname + url.search, auth.options.baseURL as string), {
          method: request.method,
          headers: authHeaders(request),
          body,
        }),
      );
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      if (response.status >= 400) {
        const retryAfter = response.headers.get('x-retry-after') ?? response.headers.get('retry-after');
        if (retryAfter) reply.header('retry-after', retryAfter);
        return sendProblem(reply, await authProblem(response));
      }
      reply.status(response.status);
      for (const [name, value] of response.headers) {
        if (name !== 'set-cookie') reply.header(name, value);
      }
      return reply.send(response.body ? await response.text() : null);
    },
  });
}

/** better-auth's own error codes, said in French. */
const AUTH_MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: 'Adresse e-mail ou mot de passe incorrect.',
  INVALID_PASSWORD: 'Mot de passe actuel incorrect.',
  INVALID_TOKEN: 'Ce lien n’est plus valable : demandez-en un nouveau.',
  PASSWORD_TOO_SHORT: 'Mot de passe trop court (12 caractères au moins).',
  PASSWORD_TOO_LONG: 'Mot de passe trop long.',
  EMAIL_PASSWORD_SIGN_UP_DISABLED: 'Les comptes sont ouverts par la coordination ou un·e responsable de structure.',
};
const STATUS_CODES: Record<number, ErrorCode> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 429: 'rate_limited' };

/** Errors from the auth routes follow RFC 9457 like the rest of the API. */
async function authProblem(response: Response): Promise<AppError> {
  const body = (await response.json().catch(() => ({}))) as { message?: string; code?: string };
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'internal' : 'bad_request');
  const detail =
    (body.code && AUTH_MESSAGES[body.code]) ??
    (response.status === 429 ? 'Trop de tentatives : réessayez dans une minute.' : (body.message ?? 'Requête refusée.'));
  return new AppError(code, detail, { errors: body.code ? [{ path: 'auth', message: body.code }] : undefined });
}
