import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import { type StructureCreate, type StructureUpdate, structureListSchema, structureSchema } from '../../../../contracts/structures.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryOptions } from '../../accounts/api/me.ts';

const BASE = '/api/v1/structures';

export const structureKeys = {
  all: ['structures'] as const,
  list: () => [...structureKeys.all, 'list'] as const,
  detail: (id: string) => [...structureKeys.all, 'detail', id] as const,
};

export const structuresQueryOptions = () =>
  queryOptions({
    queryKey: structureKeys.list(),
    queryFn: ({ signal }) => api.get(BASE, structureListSchema, signal).then((list) => list.items),
  });

export const structureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: structureKeys.detail(id),
    queryFn: ({ signal }) => api.get(`${BASE}/${id}`, structureSchema, signal),
  });

/** Structure names also appear in /me (the switcher) and in history entries. */
function useRefreshStructures() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: structureKeys.all }),
      queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
      queryClient.invalidateQueries({ queryKey: ['trash'] }),
    ]);
}

export function useCreateStructure() {
  const refresh = useRefreshStructures();
  return useMutation({
    mutationFn: (body: StructureCreate) => api.post(BASE, body, structureSchema),
    onSuccess: refresh,
  });
}

export function useUpdateStructure(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshStructures();
  return useMutation({
    mutationFn: (body: StructureUpdate) => api.patch(`${BASE}/${id}`, body, structureSchema),
    onSuccess: (structure) => {
      queryClient.setQueryData(structureKeys.detail(id), structure);
      return refresh();
    },
  });
}

export function useDeleteStructure() {
  const refresh = useRefreshStructures();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${BASE}/${id}`, deletedSchema),
    onSuccess: refresh,
  });
}
