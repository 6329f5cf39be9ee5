import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import {
  exhibitionDetailSchema,
  exhibitionListSchema,
  type StopCreate,
  type StopUpdate,
  stopSchema,
  stopVisitsSchema,
} from '../../../../contracts/exhibitions.ts';
import { api } from '../../../lib/api-client.ts';

const BASE = '/api/v1/exhibitions';

/** The programme has one travelling exhibition; the first one recorded is shown. */
export const currentExhibitionQueryOptions = () =>
  queryOptions({
    queryKey: ['exhibitions', 'current'],
    queryFn: async ({ signal }) => {
      const [first] = (await api.get(BASE, exhibitionListSchema, signal)).items;
      return first ? api.get(`${BASE}/${first.id}`, exhibitionDetailSchema, signal) : null;
    },
  });

export const stopVisitsQueryOptions = (stopId: string) =>
  queryOptions({
    queryKey: ['exhibitions', 'visits', stopId],
    queryFn: ({ signal }) => api.get(`${BASE}/stops/${stopId}/visits`, stopVisitsSchema, signal),
  });

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['exhibitions'] });
}

export function useSaveStop() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { exhibitionId: string; body: StopCreate } | { id: string; body: StopUpdate }) =>
      'id' in input
        ? api.patch(`${BASE}/stops/${input.id}`, input.body, stopSchema)
        : api.post(`${BASE}/${input.exhibitionId}/stops`, input.body, stopSchema),
    onSuccess: refresh,
  });
}

export function useDeleteStop() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.delete(`${BASE}/stops/${id}`, deletedSchema), onSuccess: refresh });
}

export function useSetVisits() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ stopId, day, visitors }: { stopId: string; day: string; visitors: number }) =>
      api.put(`${BASE}/stops/${stopId}/visits/${day}`, { visitors }, stopVisitsSchema),
    onSuccess: refresh,
  });
}
