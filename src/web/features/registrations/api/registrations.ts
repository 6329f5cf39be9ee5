import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type CheckInInput, eventRegistrationsSchema, registrationSchema } from '../../../../contracts/registrations.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const eventBase = (eventId: string) => `/api/v1/events/${eventId}`;

/** Registrations of an event per slot, with seat counts; `q` searches names without accents. */
export const eventRegistrationsQueryOptions = (eventId: string, q: string) =>
  queryOptions({
    queryKey: ['registrations', eventId, q],
    queryFn: ({ signal }) =>
      api.get(withQuery(`${eventBase(eventId)}/registrations`, { q: q || undefined }), eventRegistrationsSchema, signal),
  });

export function useCheckIn(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckInInput) => api.post(`${eventBase(eventId)}/check-in`, body, registrationSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['registrations', eventId] }),
  });
}
