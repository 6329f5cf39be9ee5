import { queryOptions } from '@tanstack/react-query';
import { atRiskListSchema, partnershipEngagementSchema, retentionSchema } from '../../../../contracts/engagement.ts';
import { reportSchema } from '../../../../contracts/reports.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

/** A period and the structures it covers; no structure means every structure the reader reads. */
export interface ReportScope {
  structureIds: string[];
  from: string;
  to: string;
}

/** The query string the figures, the funder files and the open-data file share. */
export function scopeSearch({ structureIds, from, to }: ReportScope): string {
  const params = new URLSearchParams();
  for (const id of structureIds) params.append('structureId', id);
  params.set('from', from);
  params.set('to', to);
  return params.toString();
}

export type ReportFile = 'funder.pdf' | 'funder.xlsx' | 'events-held.csv';
export const reportFileUrl = (file: ReportFile, scope: ReportScope) => `/api/v1/reports/${file}?${scopeSearch(scope)}`;

export const reportQueryOptions = (scope: ReportScope) =>
  queryOptions({
    queryKey: ['reports', 'figures', scope],
    queryFn: ({ signal }) => api.get(`/api/v1/reports/figures?${scopeSearch(scope)}`, reportSchema, signal),
  });

export const atRiskQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['engagement', 'at-risk', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/engagement/at-risk', { structureId }), atRiskListSchema, signal),
  });

export const retentionQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['engagement', 'retention', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/engagement/retention', { structureId }), retentionSchema, signal),
  });

export const engagementQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: ['engagement', 'partnership', partnershipId],
    queryFn: ({ signal }) => api.get(`/api/v1/engagement/partnerships/${partnershipId}`, partnershipEngagementSchema, signal),
  });
