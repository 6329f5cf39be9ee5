import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../contracts/action-plans.ts';
import { formatDate } from '../../../lib/format-date-time.ts';

/** The actions along their deadlines (undated ones at the end), overdue ones in red. */
export function ActionTimeline({ actions }: { actions: PlanAction[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline bulletSize={24} lineWidth={2}>
      {actions.map((action) => {
        const bullet = action.overdue ? (
          <IconAlertTriangle size={14} />
        ) : action.status === 'done' ? (
          <IconCheck size={14} />
        ) : (
          <IconClock size={14} />
        );
        return (
          <Timeline.Item
            key={action.id}
            bullet={bullet}
            color={action.overdue ? 'red' : action.status === 'done' ? 'teal' : 'blue'}
            title={action.title}
          >
            <Group gap={6}>
              <Text size="sm" c={action.overdue ? 'red.8' : 'dimmed'}>
                {action.deadline ? formatDate(action.deadline, i18n.language) : t('actionPlan.noDeadline')}
              </Text>
              <Badge size="sm" variant="light">
                {t(`actionPlan.statuses.${action.status}`)}
              </Badge>
              {action.overdue && (
                <Badge size="sm" color="red.9">
                  {t('actionPlan.overdue')}
                </Badge>
              )}
            </Group>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
