import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import {
  type SavedViewCreate,
  type SavedViewPage,
  type SavedViewUpdate,
  savedViewListSchema,
  savedViewSchema,
} from '../../../../contracts/saved-views.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/saved-views';
const KEY = ['saved-views'] as const;

export const savedViewsQueryOptions = (page: SavedViewPage) =>
  queryOptions({
    queryKey: [...KEY, page],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { page }), savedViewListSchema, signal).then((list) => list.items),
  });

function useRefreshSavedViews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function useCreateSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({ mutationFn: (body: SavedViewCreate) => api.post(BASE, body, savedViewSchema), onSuccess: refresh });
}

export function useUpdateSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({
    mutationFn: ({ id, ...body }: SavedViewUpdate & { id: string }) => api.patch(`${BASE}/${id}`, body, savedViewSchema),
    // On failure too: a stale version means the list on screen is out of date.
    onSettled: refresh,
  });
}

export function useDeleteSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({ mutationFn: (id: string) => api.delete(`${BASE}/${id}`, deletedSchema), onSuccess: refresh });
}
