import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { type Me, meSchema } from '../../../../contracts/me.ts';
import { api } from '../../../lib/api-client.ts';

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => api.get('/api/v1/me', meSchema, signal),
});

/** Inside the app shell, which renders only once /me has loaded, so the data is always there. */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions).data;
}
