import { queryOptions } from '@tanstack/react-query';
import { type NetworkPathQuery, type NetworkQuery, networkPathSchema, networkSchema } from '../../../../contracts/network.ts';
import {
  type CoverageMatrixQuery,
  type CoverageQuery,
  coverageGapListSchema,
  coverageMatrixSchema,
  coverageSchema,
  featureCollectionSchema,
  type GapCandidatesQuery,
  gapCandidatesSchema,
  type Layer,
  mapSettingsSchema,
  organisationGeographySchema,
} from '../../../../contracts/territory.ts';
import { api } from '../../../lib/api-client.ts';

const searchOf = (query: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return params.size > 0 ? `?${params.toString()}` : '';
};

export const territoryKeys = {
  all: ['territory'] as const,
  settings: () => [...territoryKeys.all, 'settings'] as const,
  layer: (layer: Layer) => [...territoryKeys.all, 'layer', layer] as const,
  coverage: (query: CoverageQuery) => [...territoryKeys.all, 'coverage', query] as const,
  matrix: (query: CoverageMatrixQuery) => [...territoryKeys.all, 'matrix', query] as const,
  organisation: (id: string) => [...territoryKeys.all, 'organisation', id] as const,
  gaps: (structureId: string) => [...territoryKeys.all, 'gaps', structureId] as const,
  gapCandidates: (query: GapCandidatesQuery) => [...territoryKeys.all, 'gap-candidates', query] as const,
};

export const mapSettingsQueryOptions = () =>
  queryOptions({
    queryKey: territoryKeys.settings(),
    queryFn: ({ signal }) => api.get('/api/v1/territory/map-settings', mapSettingsSchema, signal),
  });

/** Shipped layers do not change while the app runs; the browser revalidates them with their ETag. */
export const layerQueryOptions = (layer: Layer) =>
  queryOptions({
    queryKey: territoryKeys.layer(layer),
    queryFn: ({ signal }) => api.get(`/api/v1/territory/layers/${layer}`, featureCollectionSchema, signal),
    staleTime: layer === 'qpv' ? 60_000 : Number.POSITIVE_INFINITY,
  });

export const coverageQueryOptions = (query: CoverageQuery) =>
  queryOptions({
    queryKey: territoryKeys.coverage(query),
    queryFn: ({ signal }) => api.get(`/api/v1/coverage${searchOf(query)}`, coverageSchema, signal),
  });

export const coverageMatrixQueryOptions = (query: CoverageMatrixQuery) =>
  queryOptions({
    queryKey: territoryKeys.matrix(query),
    queryFn: ({ signal }) => api.get(`/api/v1/coverage/matrix${searchOf(query)}`, coverageMatrixSchema, signal),
  });

export const organisationGeographyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: territoryKeys.organisation(id),
    queryFn: ({ signal }) => api.get(`/api/v1/territory/organisations/${id}`, organisationGeographySchema, signal),
  });

export const networkQueryOptions = (query: NetworkQuery) =>
  queryOptions({
    queryKey: [...territoryKeys.all, 'network', query] as const,
    queryFn: ({ signal }) => api.get(`/api/v1/network${searchOf(query)}`, networkSchema, signal),
  });

export const networkPathQueryOptions = (query: NetworkPathQuery) =>
  queryOptions({
    queryKey: [...territoryKeys.all, 'network-path', query] as const,
    queryFn: ({ signal }) => api.get(`/api/v1/network/path${searchOf(query)}`, networkPathSchema, signal),
  });

export const coverageGapsQueryOptions = (structureId: string) =>
  queryOptions({
    queryKey: territoryKeys.gaps(structureId),
    queryFn: ({ signal }) => api.get(`/api/v1/coverage/gaps${searchOf({ structureId })}`, coverageGapListSchema, signal),
  });

export const gapCandidatesQueryOptions = (query: GapCandidatesQuery) =>
  queryOptions({
    queryKey: territoryKeys.gapCandidates(query),
    queryFn: ({ signal }) => api.get(`/api/v1/coverage/gaps/candidates${searchOf(query)}`, gapCandidatesSchema, signal),
  });
