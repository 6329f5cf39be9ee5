import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ImportJob,
  type ImportKind,
  type ImportReading,
  type ImportSettings,
  importDryRunSchema,
  importJobListSchema,
  importJobSchema,
} from '../../../../contracts/imports.ts';
import { organisationPageSchema } from '../../../../contracts/organisations.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { networkError, toApiError } from '../../../lib/api-error.ts';

const BASE = '/api/v1/imports';
/** How often a running import is asked for its progress. */
const PROGRESS_POLL_MS = 1000;

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

export const importsQueryOptions = () =>
  queryOptions({
    queryKey: importKeys.list(),
    queryFn: ({ signal }) => api.get(BASE, importJobListSchema, signal).then((list) => list.items),
  });

/** A job, asked again every second while it runs. */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: ({ signal }) => api.get(`${BASE}/${id}`, importJobSchema, signal),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? PROGRESS_POLL_MS : false),
  });

/** The organisations an import created carry its file name as their source. */
export const createdOrganisationsQueryOptions = (job: ImportJob) =>
  queryOptions({
    queryKey: ['organisations', 'list', { source: sourceOf(job.fileName) }],
    queryFn: ({ signal }) =>
      api.get(
        withQuery('/api/v1/organisations', { source: sourceOf(job.fileName), sort: 'name', pageSize: '20' }),
        organisationPageSchema,
        signal,
      ),
  });

/** As the server writes it (modules/imports/import-batches.ts). */
const sourceOf = (fileName: string) => `import:${fileName}`.slice(0, 80);

/** The upload is multipart: the file goes as it is, the JSON client is not used. */
async function uploadFile({ file, kind }: { file: File; kind: ImportKind }): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(withQuery(BASE, { kind }), {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw networkError();
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return importJobSchema.parse(payload);
}

function useStoreJob() {
  const queryClient = useQueryClient();
  return (job: ImportJob) => {
    queryClient.setQueryData(importKeys.detail(job.id), job);
    return queryClient.invalidateQueries({ queryKey: importKeys.list() });
  };
}

export function useUploadImport() {
  const store = useStoreJob();
  return useMutation({ mutationFn: uploadFile, onSuccess: store });
}

export function useChangeReading(id: string) {
  const store = useStoreJob();
  return useMutation({
    mutationFn: (reading: ImportReading) => api.post(`${BASE}/${id}/reading`, reading, importJobSchema),
    onSuccess: store,
  });
}

export function useDryRun(id: string) {
  return useMutation({
    mutationFn: (settings: ImportSettings) => api.post(`${BASE}/${id}/dry-run`, settings, importDryRunSchema),
  });
}

/** Starts a run with these settings, or resumes an interrupted one with the settings it started with. */
export function useRunImport(id: string) {
  const store = useStoreJob();
  return useMutation({
    mutationFn: (settings: ImportSettings | null) => api.post(`${BASE}/${id}/run`, settings ?? {}, importJobSchema),
    onSuccess: store,
  });
}
