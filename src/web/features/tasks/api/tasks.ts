import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { myDaySchema, type TaskCreate, type TaskUpdate, taskPageSchema, taskSchema } from '../../../../contracts/tasks.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

const BASE = '/api/v1/tasks';

export type TaskSubject = { organisationId: string } | { contactId: string };

export const tasksQueryOptions = (subject: TaskSubject) =>
  queryOptions({
    queryKey: ['tasks', 'list', subject],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { ...subject, sort: 'dueOn', pageSize: '100' }), taskPageSchema, signal),
  });

/** The signed-in user's open tasks: overdue, today, later this week (Paris time). */
export const myDayQueryOptions = (structureId: string | undefined) =>
  queryOptions({
    queryKey: ['tasks', 'my-day', structureId ?? 'all'],
    queryFn: ({ signal }) => api.get(withQuery(BASE, { view: 'my-day', structureId }), myDaySchema, signal),
  });

function useRefreshTasks() {
  const queryClient = useQueryClient();
  return () => Promise.all([['tasks'], ['history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateTask() {
  const refresh = useRefreshTasks();
  return useMutation({ mutationFn: (body: TaskCreate) => api.post(BASE, body, taskSchema), onSuccess: refresh });
}

export function useUpdateTask() {
  const refresh = useRefreshTasks();
  return useMutation({
    mutationFn: ({ id, ...body }: TaskUpdate & { id: string }) => api.patch(`${BASE}/${id}`, body, taskSchema),
    // On failure too: a stale version means the list on screen is out of date.
    onSettled: refresh,
  });
}
