import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionCreate,
  type ActionUpdate,
  actionSchema,
  type CommitmentCreate,
  type CommitmentUpdate,
  commitmentSchema,
  organisationCommitmentListSchema,
  type PlanCreate,
  planDetailSchema,
  planListSchema,
} from '../../../../contracts/action-plans.ts';
import { deletedSchema } from '../../../../contracts/common.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/action-plans';

export const plansQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['action-plans', 'list', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { structureId }), planListSchema, signal),
  });

export const planQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['action-plans', 'detail', id], queryFn: ({ signal }) => api.get(`${BASE}/${id}`, planDetailSchema, signal) });

export const organisationCommitmentsQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: ['action-plans', 'organisation', organisationId],
    queryFn: ({ signal }) => api.get(`/api/v1/organisations/${organisationId}/commitments`, organisationCommitmentListSchema, signal),
  });

function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () => Promise.all([['action-plans'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreatePlan() {
  const refresh = useRefreshPlans();
  return useMutation({ mutationFn: (body: PlanCreate) => api.post(BASE, body, planDetailSchema), onSuccess: refresh });
}

export function useAddAction() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, ...body }: ActionCreate & { planId: string }) => api.post(`${BASE}/${planId}/actions`, body, actionSchema),
    onSuccess: refresh,
  });
}

export function useUpdateAction() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, id, ...body }: ActionUpdate & { planId: string; id: string }) =>
      api.patch(`${BASE}/${planId}/actions/${id}`, body, actionSchema),
    onSettled: refresh,
  });
}

export function useAddCommitment() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, actionId, ...body }: CommitmentCreate & { planId: string; actionId: string }) =>
      api.post(`${BASE}/${planId}/actions/${actionId}/commitments`, body, commitmentSchema),
    onSuccess: refresh,
  });
}

export function useUpdateCommitment() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, actionId, id, ...body }: CommitmentUpdate & { planId: string; actionId: string; id: string }) =>
      api.patch(`${BASE}/${planId}/actions/${actionId}/commitments/${id}`, body, commitmentSchema),
    onSettled: refresh,
  });
}

export function useDeleteAction() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, id }: { planId: string; id: string }) => api.delete(`${BASE}/${planId}/actions/${id}`, deletedSchema),
    onSuccess: refresh,
  });
}

export function useDeleteCommitment() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ planId, actionId, id }: { planId: string; actionId: string; id: string }) =>
      api.delete(`${BASE}/${planId}/actions/${actionId}/commitments/${id}`, deletedSchema),
    onSuccess: refresh,
  });
}
