import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type OrganisationCreate,
  type OrganisationDuplicatesQuery,
  type OrganisationUpdate,
  organisationDuplicatesSchema,
  organisationSchema,
} from '../../../../contracts/organisations.ts';
import { api } from '../../../lib/api-client.ts';

const BASE = '/api/v1/organisations';

export const organisationKeys = {
  all: ['organisations'] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  duplicates: (candidate: OrganisationDuplicatesQuery) => [...organisationKeys.all, 'duplicates', candidate] as const,
};

export const organisationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => api.get(`${BASE}/${id}`, organisationSchema, signal),
  });

/** A read, even though it is a POST: the candidate's fields travel in the body. */
export const organisationDuplicatesQueryOptions = (candidate: OrganisationDuplicatesQuery) =>
  queryOptions({
    queryKey: organisationKeys.duplicates(candidate),
    queryFn: () => api.post(`${BASE}/duplicates-check`, candidate, organisationDuplicatesSchema).then((found) => found.items),
    staleTime: 10_000,
  });

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationCreate) => api.post(BASE, body, organisationSchema),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      return queryClient.invalidateQueries({ queryKey: ['search'] });
    },
  });
}

/** The name shows in partnership lists, search results and the history as well. */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) => api.patch(`${BASE}/${id}`, body, organisationSchema),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(id), organisation);
      return Promise.all(
        [['partnerships'], ['search'], ['history', 'organisation', id]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
