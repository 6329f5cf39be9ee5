import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type EntityType, restoredSchema, trashListSchema } from '../../../../contracts/audit.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export const trashQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['trash', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/trash', { structureId }), trashListSchema, signal).then((list) => list.items),
  });

export interface TrashRef {
  entityType: EntityType;
  entityId: string;
}

/**
 * A plain function as well as a hook: the "Undo" in a notification may be clicked after the
 * component that deleted the row has gone, and a hook's callbacks would not run any more.
 */
export async function restoreFromTrash(queryClient: QueryClient, { entityType, entityId }: TrashRef) {
  await api.post(`/api/v1/trash/${entityType}/${entityId}/restore`, {}, restoredSchema);
  // A restored row may belong to any list on screen: refresh them all rather than guess.
  await queryClient.invalidateQueries();
}

export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (ref: TrashRef) => restoreFromTrash(queryClient, ref) });
}
