import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type InteractionCreate, interactionPageSchema, interactionSchema } from '../../../../contracts/interactions.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/interactions';

/** What a timeline is about: an organisation's or a contact's exchanges. */
export type TimelineSubject = { organisationId: string } | { contactId: string };

const TIMELINE_LENGTH = '50';

export const interactionsQueryOptions = (subject: TimelineSubject) =>
  queryOptions({
    queryKey: ['interactions', subject],
    queryFn: ({ signal }) =>
      api.get(withQuery(BASE, { ...subject, sort: '-occurredAt', pageSize: TIMELINE_LENGTH }), interactionPageSchema, signal),
  });

export function useCreateInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InteractionCreate) => api.post(BASE, body, interactionSchema),
    onSuccess: () => Promise.all([['interactions'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
