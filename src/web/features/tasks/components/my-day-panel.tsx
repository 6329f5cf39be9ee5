import { Card, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../contracts/tasks.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { myDayQueryOptions } from '../api/tasks.ts';
import { TaskItem } from './task-item.tsx';

const GROUPS = ['overdue', 'today', 'thisWeek'] as const;
type Group = (typeof GROUPS)[number];

function TaskGroup({ group, tasks, today, headingLevel }: { group: Group; tasks: Task[]; today: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const titleId = `my-day-${group}`;
  return (
    <section aria-labelledby={titleId}>
      <Title order={headingLevel} size="h5" id={titleId} mb="xs" c={group === 'overdue' && tasks.length > 0 ? 'red.9' : undefined}>
        {t(`myDay.groups.${group}`, { count: tasks.length })}
      </Title>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`myDay.empty.${group}`)}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskItem task={task} today={today} showOrganisation />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** The signed-in person's open tasks: overdue, today, later this week. On the dashboard and its own page. */
export function MyDayPanel({ structureId, headingLevel = 2 }: { structureId: string | undefined; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const myDay = useQuery(myDayQueryOptions(structureId));
  if (myDay.isPending) {
    return (
      <Stack aria-busy="true">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <Skeleton height={24} width={200} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (myDay.isError) return <QueryError error={myDay.error} onRetry={() => void myDay.refetch()} />;
  const { date } = myDay.data;
  return (
    <Card withBorder padding="lg">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('myDay.date', { date: formatDate(date, i18n.language) })}
        </Text>
        {GROUPS.map((group) => (
          <TaskGroup key={group} group={group} tasks={myDay.data[group]} today={date} headingLevel={headingLevel} />
        ))}
      </Stack>
    </Card>
  );
}
