import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import {
  type ContactMerge,
  contactPairPageSchema,
  type DismissalCreate,
  dismissalSchema,
  type MergeKind,
  mergePageSchema,
  mergeSchema,
  type OrganisationMerge,
  organisationPairPageSchema,
} from '../../../../contracts/merges.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';

export const duplicateKeys = {
  pairs: (kind: MergeKind, page: number) => ['duplicates', kind, page] as const,
  merges: (kind: MergeKind) => ['merges', kind] as const,
};

export const organisationPairsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: duplicateKeys.pairs('organisation', page),
    queryFn: ({ signal }) =>
      api.get(withQuery('/api/v1/duplicates/organisations', { page: String(page) }), organisationPairPageSchema, signal),
    placeholderData: keepPreviousData,
  });

export const contactPairsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: duplicateKeys.pairs('contact', page),
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/duplicates/contacts', { page: String(page) }), contactPairPageSchema, signal),
    placeholderData: keepPreviousData,
  });

export const mergesQueryOptions = (kind: MergeKind) =>
  queryOptions({
    queryKey: duplicateKeys.merges(kind),
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/merges', { kind, pageSize: '10' }), mergePageSchema, signal),
  });

/** A merge or its undo changes records everywhere: lists, pages, search, partnerships. */
function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

export function useMerge(kind: MergeKind) {
  const refresh = useRefreshAll();
  const path = kind === 'organisation' ? '/api/v1/organisations/merge' : '/api/v1/contacts/merge';
  return useMutation({ mutationFn: (body: OrganisationMerge | ContactMerge) => api.post(path, body, mergeSchema), onSuccess: refresh });
}

/** Its outcome is told here rather than by the caller: the undo button of a notification outlives the dialog that merged. */
export function useUndoMerge() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/v1/merges/${id}/undo`, undefined, mergeSchema),
    onSuccess: () => {
      notifySuccess(i18n.t('duplicates.undone'));
      return refresh();
    },
    onError: notifyError,
  });
}

export function useDismissPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DismissalCreate) => api.post('/api/v1/duplicates/dismissals', body, dismissalSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['duplicates'] }),
  });
}
