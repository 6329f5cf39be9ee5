import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type EntityType, restoredSchema, trashListSchema } from '../../../../contracts/audit.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export const trashQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['trash', structureId ?? 'all'],
    queryFn: ({ signal }) =>
      api.get(withQuery('/api/v1/trash', { structureId }), trashListSchema, signal).then((list) => list.items),
  });

export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entityType, entityId }: { entityType: EntityType; entityId: string }) =>
      api.post(`/api/v1/trash/${entityType}/${entityId}/restore`, {}, restoredSchema),
    // A restored row may belong to any list on screen: refresh them all rather than guess.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
