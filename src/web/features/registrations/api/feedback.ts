import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type FeedbackInput,
  feedbackFormSchema,
  feedbackReceivedSchema,
  feedbackRequestsSchema,
  feedbackSummarySchema,
} from '../../../../contracts/feedback.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export const feedbackSummaryQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: ['feedback', eventId],
    queryFn: ({ signal }) => api.get(`/api/v1/events/${eventId}/feedback`, feedbackSummarySchema, signal),
  });

export function useRequestFeedback(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(`/api/v1/events/${eventId}/feedback-requests`, undefined, feedbackRequestsSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['feedback', eventId] }),
  });
}

export const feedbackFormQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['feedback-form', token],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/public/feedback', { token }), feedbackFormSchema, signal),
    retry: false,
  });

export function useSendFeedback() {
  return useMutation({ mutationFn: (body: FeedbackInput) => api.post('/api/v1/public/feedback', body, feedbackReceivedSchema) });
}
