import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type OpenAgendaReport, openAgendaReportSchema, openAgendaSettingsSchema } from '../../../../contracts/openagenda.ts';
import { api } from '../../../lib/api-client.ts';

const BASE = '/api/v1/events/openagenda';

/** Whether this server reaches OpenAgenda (the synchronisation is offered only then). */
export const useOpenAgendaSettings = () =>
  useQuery({
    queryKey: ['openagenda', 'settings'],
    queryFn: ({ signal }) => api.get(`${BASE}/settings`, openAgendaSettingsSchema, signal),
  });

type Run = { structureId: string; agendaUid: string };

/** The file import, the API export and the API import; each refreshes the calendar when done. */
export function useOpenAgendaRun(action: 'import-file' | 'export' | 'import') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Run & { events?: unknown[] }): Promise<OpenAgendaReport> =>
      api.post(`${BASE}/${action}`, body, openAgendaReportSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
