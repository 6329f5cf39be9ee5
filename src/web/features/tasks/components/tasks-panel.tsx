import { Button, Card, Grid, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskCreateSchema } from '../../../../contracts/tasks.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { emptyToNull, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { parisToday } from '../../../lib/paris-time.ts';
import { useMe } from '../../accounts/api/me.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { type TaskSubject, tasksQueryOptions, useCreateTask } from '../api/tasks.ts';
import { TaskItem } from './task-item.tsx';

interface TaskLinks {
  structureId: string;
  organisationId?: string;
  partnershipId?: string | null;
  contactId?: string;
}

function AddTaskForm({ links, members }: { links: TaskLinks; members: Member[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  // undefined until chosen: then the task is the author's own, if they belong to the structure.
  const [chosenOwner, setOwnerId] = useState<string | null | undefined>(undefined);
  const ownerId = chosenOwner !== undefined ? chosenOwner : members.some((member) => member.id === me.user.id) ? me.user.id : null;
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const create = useCreateTask();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(taskCreateSchema, { ...links, title, dueOn: emptyToNull(dueOn), ownerId }, t);
    if (!checked.ok) return setErrors(checked.errors);
    create.mutate(checked.data, {
      onSuccess: (task) => {
        notifySuccess(t('tasks.created', { title: task.title }));
        setTitle('');
        setDueOn('');
        setErrors({});
      },
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-task-title">
      <Stack gap="sm">
        <Text fw={600} id="add-task-title">
          {t('tasks.addTitle')}
        </Text>
        <TextInput
          label={t('tasks.fields.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          type="date"
          label={t('tasks.fields.dueOn')}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={errors.dueOn}
        />
        <Select
          label={t('tasks.fields.owner')}
          data={members.map((member) => ({ value: member.id, label: member.name }))}
          value={ownerId}
          onChange={setOwnerId}
          error={errors.ownerId}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
        />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('tasks.submit')}
        </Button>
      </Stack>
    </form>
  );
}

interface TasksPanelProps {
  subject: TaskSubject;
  /** What a new task is linked to; null when the user may only read. */
  links: TaskLinks | null;
  members: Member[];
}

/** The "Tâches" tab: open tasks first by due date, then the ones done; a form to add one. */
export function TasksPanel({ subject, links, members }: TasksPanelProps) {
  const { t } = useTranslation();
  const tasks = useQuery(tasksQueryOptions(subject));
  const today = parisToday();
  const names = new Map(members.map((member) => [member.id, member.name]));
  let list = <TableSkeleton rows={3} />;
  if (tasks.isError) list = <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (tasks.data?.items.length === 0) list = <EmptyBlock title={t('tasks.emptyTitle')} description={t('tasks.emptyText')} />;
  else if (tasks.data !== undefined) {
    const sorted = [...tasks.data.items].sort((a, b) => Number(a.done) - Number(b.done));
    list = (
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tasks.listLabel')}>
        {sorted.map((task) => (
          <li key={task.id}>
            <TaskItem
              task={task}
              today={today}
              readOnly={links === null}
              ownerName={task.ownerId === null ? undefined : names.get(task.ownerId)}
            />
          </li>
        ))}
      </Stack>
    );
  }
  return (
    <Grid gap="xl">
      {links !== null && (
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Card withBorder padding="md">
            <AddTaskForm links={links} members={members} />
          </Card>
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, md: links === null ? 12 : 7 }} order={{ base: 2, md: 1 }}>
        {list}
      </Grid.Col>
    </Grid>
  );
}
