import type { Problem } from '../../contracts/common.ts';

/**
 * Every failed request becomes an ApiError carrying an RFC 9457 problem. Auth errors come in two
 * shapes: the server wraps better-auth's as a problem whose `errors` hold `{ path: 'auth', message: CODE }`,
 * and better-auth itself answers `{ message, code }`. Both yield `authCode`, which the interface
 * translates rather than showing better-auth's English `message`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly authCode: string | null;
  /** True when the body was not problem+json, so `detail` is not fit to show as is. */
  readonly raw: boolean;

  constructor(problem: Problem, options: { authCode?: string | null; raw?: boolean } = {}) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.authCode = options.authCode ?? null;
    this.raw = options.raw ?? false;
  }
}

/** Stands for "the server could not be reached", which deserves a retry, not a message. */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

export function networkError(): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: '', code: NETWORK_ERROR_CODE });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fromProblem(status: number, body: Record<string, unknown> & { detail: string }): ApiError {
  const problem = body as Partial<Problem>;
  const authCode = problem.errors?.find((error) => error.path === 'auth')?.message ?? null;
  return new ApiError(
    {
      type: problem.type ?? 'about:blank',
      title: problem.title ?? '',
      status,
      detail: body.detail,
      code: problem.code ?? 'unknown',
      errors: problem.errors,
      current: problem.current,
    },
    { authCode },
  );
}

export function toApiError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.detail === 'string') return fromProblem(status, { ...body, detail: body.detail });
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : '';
  const code = isRecord(body) && typeof body.code === 'string' ? body.code : null;
  const problem = { type: 'about:blank', title: message, status, detail: message, code: code ?? `HTTP_${status}` };
  return new ApiError(problem, { authCode: code, raw: true });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Worth trying again: the server was unreachable or failed, rather than refusing the request. */
export function isTransient(error: unknown): boolean {
  return !isApiError(error) || error.problem.code === NETWORK_ERROR_CODE || error.status >= 500;
}
