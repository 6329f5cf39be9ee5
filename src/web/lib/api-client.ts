import type { z } from 'zod';
import { networkError, toApiError } from './api-error.ts';

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The app registers how to leave for the sign-in page; kept here so every request shares it. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sign-in and password checks answer 401 for a wrong password: that is a form error, not a lost session. */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function request(path: string, options: RequestOptions = {}): Promise<unknown> {
  const { method = 'GET', body, expectUnauthorized = false, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const payload = await readBody(response);
  if (response.ok) return payload;
  if (response.status === 401 && !expectUnauthorized) onUnauthorized();
  throw toApiError(response.status, payload);
}

type Schema<T> = z.ZodType<T>;

/** Responses are parsed with the shared contract, so a drifting server fails loudly here and not deep in a component. */
export const api = {
  get: async <T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> => schema.parse(await request(path, { signal })),
  post: async <T>(path: string, body: unknown, schema: Schema<T>): Promise<T> =>
    schema.parse(await request(path, { method: 'POST', body })),
  put: async <T>(path: string, body: unknown, schema: Schema<T>): Promise<T> => schema.parse(await request(path, { method: 'PUT', body })),
  patch: async <T>(path: string, body: unknown, schema: Schema<T>): Promise<T> =>
    schema.parse(await request(path, { method: 'PATCH', body })),
  delete: async <T>(path: string, schema: Schema<T>): Promise<T> => schema.parse(await request(path, { method: 'DELETE' })),
};

/** Builds a query string from the defined values only, so optional filters never send "undefined". */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}
