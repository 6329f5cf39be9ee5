import { queryOptions } from '@tanstack/react-query';
import { type EntityType, historySchema } from '../../../../contracts/audit.ts';
import { api } from '../../../lib/api-client.ts';

export const historyQueryOptions = (entityType: EntityType, id: string) =>
  queryOptions({
    queryKey: ['history', entityType, id],
    queryFn: ({ signal }) => api.get(`/api/v1/history/${entityType}/${id}`, historySchema, signal).then((history) => history.items),
  });
