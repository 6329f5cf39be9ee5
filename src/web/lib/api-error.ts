import type { Problem } from '../../contracts/common.ts';

/**
 * Every failed request becomes an ApiError carrying an RFC 9457 problem. better-auth answers with
 * `{ message, code }` instead, so that shape is folded into a problem and flagged as `fromAuth`:
 * its English message must not reach a French screen, callers translate its `code` instead.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly fromAuth: boolean;

  constructor(problem: Problem, fromAuth = false) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.fromAuth = fromAuth;
  }
}

/** Status 0 stands for "the server could not be reached", which deserves a retry, not a message. */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

export function networkError(): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: '', code: NETWORK_ERROR_CODE });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function toApiError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.detail === 'string') {
    const problem = body as Partial<Problem>;
    return new ApiError({
      type: problem.type ?? 'about:blank',
      title: problem.title ?? '',
      status,
      detail: body.detail,
      code: problem.code ?? 'UNKNOWN',
      errors: problem.errors,
      current: problem.current,
    });
  }
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : '';
  const code = isRecord(body) && typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  return new ApiError({ type: 'about:blank', title: message, status, detail: message, code }, true);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
