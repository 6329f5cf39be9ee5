import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import { type MembershipCreate, type MembershipUpdate, membershipListSchema, membershipSchema } from '../../../../contracts/users.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/memberships';

export const membershipsQueryOptions = (structureId: string) =>
  queryOptions({
    queryKey: ['memberships', structureId],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { structureId }), membershipListSchema, signal).then((list) => list.items),
  });

/** A membership shows up in the member list, the users table, /me (roles) and the history. */
function useRefreshMemberships() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['memberships'], ['users'], ['me'], ['history'], ['trash']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useCreateMembership() {
  const refresh = useRefreshMemberships();
  return useMutation({
    mutationFn: (body: MembershipCreate) => api.post(BASE, body, membershipSchema),
    onSuccess: refresh,
  });
}

export function useUpdateMembership() {
  const refresh = useRefreshMemberships();
  return useMutation({
    mutationFn: ({ id, ...body }: MembershipUpdate & { id: string }) => api.patch(`${BASE}/${id}`, body, membershipSchema),
    // On failure too: a stale version means the list on screen is out of date.
    onSettled: refresh,
  });
}

export function useDeleteMembership() {
  const refresh = useRefreshMemberships();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${BASE}/${id}`, deletedSchema),
    onSuccess: refresh,
  });
}
