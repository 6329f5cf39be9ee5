import { queryOptions, useMutation } from '@tanstack/react-query';
import { publicEventPageSchema, publicEventSchema } from '../../../../contracts/public-agenda.ts';
import { cancelPreviewSchema, type PublicRegistrationInput, registrationReceiptSchema } from '../../../../contracts/registrations.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

/** The filters the agenda keeps in its URL, as the API names them. */
export type AgendaFilters = {
  from?: string;
  commune?: string;
  public?: string;
  q?: string;
  departement?: string;
  format?: string;
  page?: string;
  pageSize?: string;
};

export const publicEventsQueryOptions = (filters: AgendaFilters) =>
  queryOptions({
    queryKey: ['public-events', filters],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/public/events', filters), publicEventPageSchema, signal),
  });

export const publicEventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['public-event', id],
    queryFn: ({ signal }) => api.get(`/api/v1/public/events/${id}`, publicEventSchema, signal),
    retry: false,
  });

export function useRegister() {
  return useMutation({
    mutationFn: ({ slotId, body }: { slotId: string; body: PublicRegistrationInput & { website?: string } }) =>
      api.post(`/api/v1/public/slots/${slotId}/registrations`, body, registrationReceiptSchema),
  });
}

export const cancelPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['registration-cancel', token],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/public/registrations/cancel', { token }), cancelPreviewSchema, signal),
    retry: false,
  });

export function useCancelRegistration() {
  return useMutation({
    mutationFn: (token: string) => api.post('/api/v1/public/registrations/cancel', { token }, cancelPreviewSchema),
  });
}
