import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ContributionModerate,
  contributionPageSchema,
  contributionSchema,
  type ModerationStatus,
} from '../../../../contracts/contributions.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/contributions';

export const contributionsQueryOptions = (structureId: string | undefined, status: ModerationStatus) =>
  queryOptions({
    queryKey: ['contributions', structureId ?? 'all', status],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { structureId, status, pageSize: '100' }), contributionPageSchema, signal),
  });

/** Staff see a photo before it is approved, through the signed-in route. */
export const staffPhotoUrl = (id: string): string => `${BASE}/${id}/photo`;

export function useModerate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ContributionModerate & { id: string }) => api.patch(`${BASE}/${id}`, body, contributionSchema),
    onSettled: () => Promise.all([['contributions'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
