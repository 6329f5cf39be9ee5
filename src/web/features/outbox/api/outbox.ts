import { queryOptions } from '@tanstack/react-query';
import { outboxListSchema } from '../../../../contracts/outbox.ts';
import { api } from '../../../lib/api-client.ts';

export const outboxQueryOptions = () =>
  queryOptions({
    queryKey: ['outbox'],
    queryFn: ({ signal }) => api.get('/api/v1/outbox', outboxListSchema, signal).then((list) => list.items),
  });
