import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  bulkResultSchema,
  type Partnership,
  type PartnershipBulk,
  type PartnershipCreate,
  type PartnershipUpdate,
  partnershipPageSchema,
  partnershipSchema,
  stageHistorySchema,
} from '../../../../contracts/partnerships.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/partnerships';

export type ListQuery = Record<string, string | undefined>;

export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: (query: ListQuery) => [...partnershipKeys.all, 'list', query] as const,
  stages: (id: string) => [...partnershipKeys.all, 'stages', id] as const,
};

/** One page of the list; the previous page stays on screen while the next one loads. */
export const partnershipsQueryOptions = (query: ListQuery) =>
  queryOptions({
    queryKey: partnershipKeys.list(query),
    queryFn: ({ signal }) => api.get(withQuery(BASE, query), partnershipPageSchema, signal),
    placeholderData: keepPreviousData,
  });

export const partnershipQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...partnershipKeys.all, 'detail', id],
    queryFn: ({ signal }) => api.get(`${BASE}/${id}`, partnershipSchema, signal),
  });

export const stageHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: partnershipKeys.stages(id),
    queryFn: ({ signal }) => api.get(`${BASE}/${id}/stages`, stageHistorySchema, signal).then((history) => history.items),
  });

/** Partnerships appear in lists, on the board, on organisation pages and in histories. */
function useRefreshPartnerships() {
  const queryClient = useQueryClient();
  return () => Promise.all([['partnerships'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreatePartnership() {
  const refresh = useRefreshPartnerships();
  return useMutation({
    mutationFn: (body: PartnershipCreate) => api.post(BASE, body, partnershipSchema),
    onSuccess: refresh,
  });
}

export type PartnershipPatch = PartnershipUpdate & { id: string };

export function useUpdatePartnership() {
  const refresh = useRefreshPartnerships();
  return useMutation({
    mutationFn: ({ id, ...body }: PartnershipPatch): Promise<Partnership> => api.patch(`${BASE}/${id}`, body, partnershipSchema),
    // On failure too: a stale version means what is on screen is out of date.
    onSettled: refresh,
  });
}

/** One change to a selection, all or nothing; the organisations change too when it is a tag. */
export function useBulkUpdatePartnerships() {
  const refresh = useRefreshPartnerships();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnershipBulk) => api.post(`${BASE}/bulk`, body, bulkResultSchema),
    onSettled: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: ['organisations'] })]),
  });
}
