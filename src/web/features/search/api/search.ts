import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { searchResponseSchema, type searchResultSchema } from '../../../../contracts/search.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export const SEARCH_MIN_LENGTH = 2;
export type SearchHit = z.infer<typeof searchResultSchema>;

export const searchQueryOptions = (q: string, type?: 'organisation' | 'contact') =>
  queryOptions({
    queryKey: ['search', q, type ?? 'all'],
    queryFn: ({ signal }): Promise<SearchHit[]> =>
      api.get(withQuery('/api/v1/search', { q, type, limit: '12' }), searchResponseSchema, signal).then((found) => found.items),
    enabled: q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
