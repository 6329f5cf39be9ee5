import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import {
  type GroupCreate,
  type GroupUpdate,
  groupDetailSchema,
  groupFormLinkSchema,
  groupListSchema,
  type SessionCreate,
  type SessionUpdate,
  sessionSchema,
} from '../../../../contracts/groups.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/groups';

export const groupsQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['groups', 'list', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { structureId }), groupListSchema, signal),
  });

export const groupQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['groups', 'detail', id], queryFn: ({ signal }) => api.get(`${BASE}/${id}`, groupDetailSchema, signal) });

export const groupFormLinkQueryOptions = (id: string, token: string) =>
  queryOptions({
    queryKey: ['groups', 'form-link', id, token],
    queryFn: ({ signal }) => api.get(`${BASE}/${id}/form-link`, groupFormLinkSchema, signal),
  });

function useRefreshGroups() {
  const queryClient = useQueryClient();
  return () => Promise.all([['groups'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateGroup() {
  const refresh = useRefreshGroups();
  return useMutation({ mutationFn: (body: GroupCreate) => api.post(BASE, body, groupDetailSchema), onSuccess: refresh });
}

export function useUpdateGroup() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: ({ id, ...body }: GroupUpdate & { id: string }) => api.patch(`${BASE}/${id}`, body, groupDetailSchema),
    onSettled: refresh,
  });
}

export function useRegenerateFormToken() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.post(`${BASE}/${id}/form-token`, { version }, groupDetailSchema),
    onSettled: refresh,
  });
}

export function useAddSession() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: ({ groupId, ...body }: SessionCreate & { groupId: string }) => api.post(`${BASE}/${groupId}/sessions`, body, sessionSchema),
    onSuccess: refresh,
  });
}

export function useUpdateSession() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: ({ groupId, sessionId, ...body }: SessionUpdate & { groupId: string; sessionId: string }) =>
      api.patch(`${BASE}/${groupId}/sessions/${sessionId}`, body, sessionSchema),
    onSettled: refresh,
  });
}

export function useDeleteSession() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: ({ groupId, sessionId }: { groupId: string; sessionId: string }) =>
      api.delete(`${BASE}/${groupId}/sessions/${sessionId}`, deletedSchema),
    onSuccess: refresh,
  });
}
