import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type AffiliationCreate,
  type AffiliationUpdate,
  affiliationListSchema,
  affiliationSchema,
  type ContactCreate,
  type ContactUpdate,
  contactPageSchema,
  contactSchema,
} from '../../../../contracts/contacts.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/contacts';

export const contactKeys = {
  all: ['contacts'] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
  ofOrganisation: (organisationId: string) => [...contactKeys.all, 'organisation', organisationId] as const,
  affiliations: (id: string) => [...contactKeys.all, 'affiliations', id] as const,
};

export const contactQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => api.get(`${BASE}/${id}`, contactSchema, signal),
  });

/** People with a role, current or past, in the organisation. */
export const organisationContactsQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: contactKeys.ofOrganisation(organisationId),
    queryFn: ({ signal }) =>
      api.get(withQuery(BASE, { organisationId, pageSize: '100', sort: 'lastName' }), contactPageSchema, signal).then((page) => page.items),
  });

export const affiliationsQueryOptions = (contactId: string) =>
  queryOptions({
    queryKey: contactKeys.affiliations(contactId),
    queryFn: ({ signal }) => api.get(`${BASE}/${contactId}/affiliations`, affiliationListSchema, signal).then((list) => list.items),
  });

/** Contacts show on organisation pages, in search and in histories: refresh them all after a write. */
function useRefreshContacts() {
  const queryClient = useQueryClient();
  return () => Promise.all([['contacts'], ['search'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateContact() {
  const refresh = useRefreshContacts();
  return useMutation({ mutationFn: (body: ContactCreate) => api.post(BASE, body, contactSchema), onSuccess: refresh });
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshContacts();
  return useMutation({
    mutationFn: (body: ContactUpdate) => api.patch(`${BASE}/${id}`, body, contactSchema),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKeys.detail(id), contact);
      return refresh();
    },
  });
}

export function useCreateAffiliation() {
  const refresh = useRefreshContacts();
  return useMutation({
    mutationFn: ({ contactId, ...body }: AffiliationCreate & { contactId: string }) =>
      api.post(`${BASE}/${contactId}/affiliations`, body, affiliationSchema),
    onSuccess: refresh,
  });
}

export function useUpdateAffiliation() {
  const refresh = useRefreshContacts();
  return useMutation({
    mutationFn: ({ contactId, affiliationId, ...body }: AffiliationUpdate & { contactId: string; affiliationId: string }) =>
      api.patch(`${BASE}/${contactId}/affiliations/${affiliationId}`, body, affiliationSchema),
    onSettled: refresh,
  });
}
