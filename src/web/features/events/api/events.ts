import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import { type EventCreate, type EventUpdate, eventDetailSchema, eventPageSchema, type SlotInput } from '../../../../contracts/events.ts';
import type { EVENT_PARTNER_ROLES } from '../../../../contracts/vocabulary.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/events';

export type EventFilters = { structureId?: string; status?: string; format?: string; public?: string };

/** The calendar's events between two Paris days (100 at most, the calendar shows a month). */
export const eventsInRangeQueryOptions = (filters: EventFilters, from: string, to: string) =>
  queryOptions({
    queryKey: ['events', 'list', filters, from, to],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { ...filters, from, to, pageSize: '100', sort: 'startsAt' }), eventPageSchema, signal),
    placeholderData: keepPreviousData,
  });

/** The first event on or after a Paris day, for a calendar period that shows none. */
export const nextEventQueryOptions = (filters: EventFilters, from: string) =>
  queryOptions({
    queryKey: ['events', 'next', filters, from],
    queryFn: ({ signal }) =>
      api
        .get(withQuery(BASE, { ...filters, from, pageSize: '1', sort: 'startsAt' }), eventPageSchema, signal)
        .then((page) => page.items[0] ?? null),
  });

export const eventQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['events', 'detail', id], queryFn: ({ signal }) => api.get(`${BASE}/${id}`, eventDetailSchema, signal) });

function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([['events'], ['history'], ['ideas'], ['tasks']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateEvent() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: EventCreate) => api.post(BASE, body, eventDetailSchema), onSuccess: refresh });
}

export function useUpdateEvent() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: EventUpdate & { id: string }) => api.patch(`${BASE}/${id}`, body, eventDetailSchema),
    onSettled: refresh,
  });
}

export function useDeleteEvent() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.delete(`${BASE}/${id}`, deletedSchema), onSuccess: refresh });
}

type Role = (typeof EVENT_PARTNER_ROLES)[number];
/** Slots, partners and staff: each change answers with the whole event. */
export function useEventParts(eventId: string) {
  const refresh = useRefresh();
  const url = `${BASE}/${eventId}`;
  const options = { onSuccess: refresh };
  return {
    addSlot: useMutation({ mutationFn: (slot: SlotInput) => api.post(`${url}/slots`, slot, eventDetailSchema), ...options }),
    removeSlot: useMutation({ mutationFn: (slotId: string) => api.delete(`${url}/slots/${slotId}`, eventDetailSchema), ...options }),
    addPartner: useMutation({
      mutationFn: (body: { organisationId: string; role: Role }) => api.post(`${url}/partners`, body, eventDetailSchema),
      ...options,
    }),
    removePartner: useMutation({
      mutationFn: ({ organisationId, role }: { organisationId: string; role: Role }) =>
        api.delete(`${url}/partners/${organisationId}/${role}`, eventDetailSchema),
      ...options,
    }),
    addStaff: useMutation({ mutationFn: (userId: string) => api.post(`${url}/staff`, { userId }, eventDetailSchema), ...options }),
    removeStaff: useMutation({
      mutationFn: (userId: string) => api.delete(`${url}/staff/${encodeURIComponent(userId)}`, eventDetailSchema),
      ...options,
    }),
  };
}
