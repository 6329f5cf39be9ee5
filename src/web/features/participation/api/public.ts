import { queryOptions } from '@tanstack/react-query';
import { contributionReceivedSchema, journeyMapSchema, type Wall, wallSchema } from '../../../../contracts/contributions.ts';
import { publicGroupSchema } from '../../../../contracts/groups.ts';
import { api } from '../../../lib/api-client.ts';
import { networkError, toApiError } from '../../../lib/api-error.ts';

export const publicGroupQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['public-group', token],
    queryFn: ({ signal }) => api.get(`/api/v1/public/groups/${token}`, publicGroupSchema, signal),
    retry: false,
  });

/** The outlines (and tiles, when configured) under the form's optional journey map; they do not change. */
export const journeyMapQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['public-group', token, 'journey-map'],
    queryFn: ({ signal }) => api.get(`/api/v1/public/groups/${token}/journey-map`, journeyMapSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** The form is sent as multipart/form-data, so that a photo can travel with it. */
export async function sendContribution(token: string, form: FormData) {
  let response: Response;
  try {
    response = await fetch(`/api/v1/public/groups/${token}/contributions`, {
      method: 'POST',
      body: form,
      headers: { accept: 'application/json' },
    });
  } catch {
    throw networkError();
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return contributionReceivedSchema.parse(body);
}

/**
 * The wall, polled: with the last ETag the server answers 304 when nothing changed, and the
 * screen keeps what it shows.
 */
export function createWallPoller(stopId: string) {
  let etag: string | null = null;
  let last: Wall | null = null;
  return async (): Promise<Wall> => {
    const response = await fetch(`/api/v1/public/walls/${stopId}`, { headers: etag ? { 'if-none-match': etag } : {} });
    if (response.status === 304 && last) return last;
    const body = await response.json().catch(() => null);
    if (!response.ok) throw toApiError(response.status, body);
    etag = response.headers.get('etag');
    last = wallSchema.parse(body);
    return last;
  };
}
