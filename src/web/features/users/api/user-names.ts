import { queryOptions, type UseQueryResult, useQueries } from '@tanstack/react-query';
import { type User, userSchema } from '../../../../contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

/** One account as the people who share a structure with it may read it. */
export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['users', 'detail', id],
    queryFn: ({ signal }) => api.get(`/api/v1/users/${id}`, userSchema, signal),
    staleTime: 5 * 60_000,
  });

/** Defined once, so TanStack Query keeps the same map until a name actually changes. */
function namesOf(results: UseQueryResult<User>[]): Map<string, string> {
  return new Map(results.flatMap((result) => (result.data === undefined ? [] : [[result.data.id, result.data.name] as const])));
}

/**
 * Records name people by id only (owners, authors). Each id is read once and cached; an account
 * the user may not read is simply left out of the map, and the caller says "unknown".
 */
export function useUserNames(ids: ReadonlyArray<string | null | undefined>): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))].sort();
  return useQueries({ queries: unique.map((id) => ({ ...userQueryOptions(id), retry: false })), combine: namesOf });
}
