import { Anchor, Badge, Checkbox, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../../contracts/tasks.ts';
import { organisationPath } from '../../../app/paths.ts';
import { isStaleError } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { notifyError, notifyFailure, notifySuccess } from '../../../lib/notify.tsx';
import { useUpdateTask } from '../api/tasks.ts';

interface TaskItemProps {
  task: Task;
  today: string;
  readOnly?: boolean;
  /** On "Ma journée", each task names the organisation it is about. */
  showOrganisation?: boolean;
  ownerName?: string;
}

function OrganisationLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={organisationPath(id)} size="sm">
      {name}
    </Anchor>
  );
}

/** A task with its box to tick: ticking saves at once, with the version it was read at. */
export function TaskItem({ task, today, readOnly = false, showOrganisation = false, ownerName }: TaskItemProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateTask();
  // The box follows the click at once; it goes back if the save fails.
  const [checked, setChecked] = useState(task.done);
  useEffect(() => setChecked(task.done), [task.done]);
  const overdue = !task.done && task.dueOn !== null && task.dueOn < today;
  const toggle = () => {
    setChecked(!task.done);
    update.mutate(
      { id: task.id, version: task.version, done: !task.done },
      {
        onSuccess: (saved) =>
          notifySuccess(saved.done ? t('tasks.done', { title: task.title }) : t('tasks.reopened', { title: task.title })),
        onError: (error) => {
          setChecked(task.done);
          if (isStaleError(error)) notifyFailure(t('tasks.stale', { title: task.title }));
          else notifyError(error);
        },
      },
    );
  };
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Checkbox
        checked={checked}
        onChange={toggle}
        disabled={readOnly || update.isPending}
        label={
          <Text size="sm" td={checked ? 'line-through' : undefined} span>
            {task.title}
          </Text>
        }
        description={
          <Group gap="xs" component="span">
            {task.dueOn !== null && (
              <Text size="xs" span>
                {t('tasks.dueOn', { date: formatDate(task.dueOn, i18n.language) })}
              </Text>
            )}
            {overdue && (
              <Badge color="red" variant="light" size="xs" tt="none">
                {t('tasks.overdue')}
              </Badge>
            )}
            {ownerName !== undefined && (
              <Text size="xs" span>
                {t('tasks.owner', { name: ownerName })}
              </Text>
            )}
          </Group>
        }
      />
      {showOrganisation && task.organisationId !== null && task.organisationName !== null && (
        <OrganisationLink id={task.organisationId} name={task.organisationName} />
      )}
    </Group>
  );
}
