import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from './errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const { status, title } = ERROR_CODES[error.code];
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({
      type: `https://maillage.fr/problems/${error.code.replaceAll('_', '-')}`,
      title,
      status,
      detail: error.message,
      code: error.code,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
    });
}

/** Fastify's own errors (parsing, limits, validation) mapped onto our codes. */
const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'Le contenu envoyé dépasse la taille autorisée.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Envoyez du JSON (application/json).'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'En-tête Content-Length incorrect.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad_request', 'Le corps JSON est vide.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad_request', 'Le corps de la requête n’est pas du JSON valide.'],
  FST_ERR_RATE_LIMIT: ['rate_limited', 'Trop de requêtes : réessayez dans un instant.'],
};

export function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`.replace(/\.$/, ''),
      message: issue.message ?? 'Valeur invalide',
    }));
    return new AppError('validation', describeValidation(errors), { errors });
  }
  const fromDatabase = postgresError(error);
  if (fromDatabase) return fromDatabase;
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return new AppError(mapped[0], mapped[1]);
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new AppError('bad_request', 'Le corps de la requête n’est pas du JSON valide.');
  }
  if (error.statusCode === 413) return new AppError('payload_too_large', 'Contenu trop volumineux.');
  if (error.statusCode === 415 || error.statusCode === 406)
    return new AppError('unsupported_media_type', 'Type de contenu non pris en charge.');
  return new AppError('internal', 'Une erreur inattendue est survenue ; elle a été enregistrée.');
}

/** A safety net: constraint errors that a service did not translate still say what went wrong. */
const POSTGRES_CODES: Record<string, [ErrorCode, string]> = {
  '23505': ['conflict', 'Cet élément existe déjà.'],
  '23503': ['conflict', 'Cet élément est lié à un autre qui n’existe pas ou plus.'],
  '22P02': ['bad_request', 'Un identifiant ou une valeur n’a pas le bon format.'],
  '22001': ['validation', 'Un texte dépasse la longueur autorisée.'],
  '22003': ['validation', 'Un nombre sort des limites autorisées.'],
  '22007': ['validation', 'Une date n’a pas le bon format.'],
  '22008': ['validation', 'Une date sort des limites autorisées.'],
};

function postgresError(error: unknown): AppError | undefined {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } };
  const code = [candidate.code, candidate.cause?.code].find((c): c is string => typeof c === 'string' && c in POSTGRES_CODES);
  const mapped = code ? POSTGRES_CODES[code] : undefined;
  return mapped ? new AppError(mapped[0], mapped[1]) : undefined;
}

function describeValidation(errors: FieldError[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (et ${errors.length - 1} autre${errors.length > 2 ? 's' : ''})` : '';
  return first ? `${first.path} : ${first.message}${more}` : 'Données invalides.';
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal') request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, appError);
  });
}
