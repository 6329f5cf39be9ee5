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
import { notifyError, notifySuccess, notifyWithUndo } from '../../../lib/notify.tsx';

export const duplicateKeys = {
  pairs: (kind: MergeKind, page: number) => ['duplicates', kind, page] as const,
  merges: (kind: MergeKind) => ['merges', kind] as const,
};

/** Each request compares some of the records still queued (after a large import): ask again until none is left. */
const whilePending = (query: { state: { data?: { pending: number } } }) => ((query.state.data?.pending ?? 0) > 0 ? 3_000 : false);

export const organisationPairsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: duplicateKeys.pairs('organisation', page),
    queryFn: ({ signal }) =>
      api.get(withQuery('/api/v1/duplicates/organisations', { page: String(page) }), organisationPairPageSchema, signal),
    placeholderData: keepPreviousData,
    refetchInterval: whilePending,
  });

export const contactPairsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: duplicateKeys.pairs('contact', page),
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/duplicates/contacts', { page: String(page) }), contactPairPageSchema, signal),
    placeholderData: keepPreviousData,
    refetchInterval: whilePending,
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

/**
 * Told here, before the lists refetch, rather than by the dialog: the refetch can unmount the dialog
 * (its pair gone, its merged record deleted), and a caller's callbacks die with it.
 */
export function useMerge(kind: MergeKind) {
  const refresh = useRefreshAll();
  const undo = useUndoMerge();
  const path = kind === 'organisation' ? '/api/v1/organisations/merge' : '/api/v1/contacts/merge';
  return useMutation({
    mutationFn: (body: OrganisationMerge | ContactMerge) => api.post(path, body, mergeSchema),
    onSuccess: (done) => {
      notifyWithUndo(i18n.t('duplicates.merged', { merged: done.merged.label, survivor: done.survivor.label }), () => undo.mutate(done.id));
      return refresh();
    },
  });
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
