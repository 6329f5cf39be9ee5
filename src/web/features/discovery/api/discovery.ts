import { queryOptions } from '@tanstack/react-query';
import { deletedSchema } from '../../../../contracts/common.ts';
import { discoveryAddResultSchema, discoveryPageSchema, dismissalSchema, lexiconSchema } from '../../../../contracts/discovery.ts';
import {
  type OpendataKind,
  opendataJobListSchema,
  opendataJobSchema,
  type VenueMappingCreate,
  venueMappingListSchema,
  venueMappingSchema,
} from '../../../../contracts/opendata.ts';
import { partnershipSchema } from '../../../../contracts/partnerships.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { toApiError } from '../../../lib/api-error.ts';

/** The page's filters, as the URL and the API both carry them. */
export type DiscoveryFilters = {
  q?: string;
  sector?: string;
  territory?: string;
  near?: string;
  qpv?: string;
  publics?: string;
  page?: string;
  pageSize?: string;
};

export const discoveryKeys = {
  all: ['discovery'] as const,
  search: (structureId: string, filters: DiscoveryFilters) => [...discoveryKeys.all, 'search', structureId, filters] as const,
  lexicon: (structureId: string) => [...discoveryKeys.all, 'lexicon', structureId] as const,
  imports: () => [...discoveryKeys.all, 'imports'] as const,
};

export const discoverySearchQueryOptions = (structureId: string, filters: DiscoveryFilters) =>
  queryOptions({
    queryKey: discoveryKeys.search(structureId, filters),
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/discovery/search', { structureId, ...filters }), discoveryPageSchema, signal),
  });

export const lexiconQueryOptions = (structureId: string) =>
  queryOptions({
    queryKey: discoveryKeys.lexicon(structureId),
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/discovery/lexicon', { structureId }), lexiconSchema, signal),
  });

export const opendataImportsQueryOptions = () =>
  queryOptions({
    queryKey: discoveryKeys.imports(),
    queryFn: ({ signal }) => api.get('/api/v1/opendata/imports', opendataJobListSchema, signal),
    // A job under way is polled until it ends.
    refetchInterval: (query) => (query.state.data?.items.some((job) => job.status === 'running') ? 1000 : false),
  });

export function saveLexicon(structureId: string, words: string[], version: number | null) {
  return api.patch('/api/v1/discovery/lexicon', { structureId, words, ...(version === null ? {} : { version }) }, lexiconSchema);
}

export function addCandidate(input: { entryId: string; structureId: string; organisationId?: string }) {
  return api.post('/api/v1/discovery/add', input, discoveryAddResultSchema);
}

/** A known organisation the structure does not follow yet goes straight into its pipeline. */
export function followOrganisation(organisationId: string, structureId: string) {
  return api.post('/api/v1/partnerships', { organisationId, structureId, stage: 'identified' }, partnershipSchema);
}

export function dismissCandidate(input: { entryId: string; structureId: string; reason: string }) {
  return api.post('/api/v1/discovery/dismissals', input, dismissalSchema);
}

/** Multipart upload of an open-data file; the job then runs on the server (202). */
export async function uploadOpendataFile(kind: OpendataKind, file: File, options: { departement?: string; mapping?: string }) {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(withQuery('/api/v1/opendata/imports', { kind, ...options }), {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return opendataJobSchema.parse(body);
}

export function resumeOpendataImport(id: string) {
  return api.post(`/api/v1/opendata/imports/${id}/resume`, {}, opendataJobSchema);
}

export const venueMappingsQueryOptions = () =>
  queryOptions({
    queryKey: [...discoveryKeys.all, 'mappings'] as const,
    queryFn: ({ signal }) => api.get('/api/v1/opendata/mappings', venueMappingListSchema, signal),
  });

export function createVenueMapping(input: VenueMappingCreate) {
  return api.post('/api/v1/opendata/mappings', input, venueMappingSchema);
}

export function renameVenueMapping({ id, version, label }: { id: string; version: number; label: string }) {
  return api.patch(`/api/v1/opendata/mappings/${id}`, { version, label }, venueMappingSchema);
}

export function deleteVenueMapping(id: string) {
  return api.delete(`/api/v1/opendata/mappings/${id}`, deletedSchema);
}
