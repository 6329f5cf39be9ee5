import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { eventDetailSchema } from '../../../../contracts/events.ts';
import { type IdeaCreate, ideaDetailSchema, ideaPageSchema, supportSchema } from '../../../../contracts/ideas.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/ideas';

export const ideasQueryOptions = (sort: string) =>
  queryOptions({
    queryKey: ['ideas', 'list', sort],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { sort, pageSize: '100' }), ideaPageSchema, signal),
  });

export const ideaQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['ideas', 'detail', id], queryFn: ({ signal }) => api.get(`${BASE}/${id}`, ideaDetailSchema, signal) });

function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([['ideas'], ['events']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useIdeaActions() {
  const refresh = useRefresh();
  const options = { onSuccess: refresh };
  return {
    propose: useMutation({ mutationFn: (body: IdeaCreate) => api.post(BASE, body, ideaDetailSchema), ...options }),
    comment: useMutation({
      mutationFn: ({ id, body }: { id: string; body: string }) => api.post(`${BASE}/${id}/comments`, { body }, ideaDetailSchema),
      ...options,
    }),
    support: useMutation({
      mutationFn: ({ id, supported }: { id: string; supported: boolean }) =>
        supported ? api.put(`${BASE}/${id}/support`, undefined, supportSchema) : api.delete(`${BASE}/${id}/support`, supportSchema),
      ...options,
    }),
    toEvent: useMutation({ mutationFn: (id: string) => api.post(`${BASE}/${id}/event`, undefined, eventDetailSchema), ...options }),
  };
}
