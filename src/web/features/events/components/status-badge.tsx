import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EVENT_STATUSES } from '../../../../contracts/vocabulary.ts';

const COLOURS: Record<(typeof EVENT_STATUSES)[number], string> = {
  idea: 'gray',
  proposed: 'grape',
  planned: 'blue',
  confirmed: 'teal',
  held: 'green',
  cancelled: 'red',
  postponed: 'orange',
};

export function EventStatusBadge({ status }: { status: (typeof EVENT_STATUSES)[number] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`events.statuses.${status}`)}
    </Badge>
  );
}
