import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Seats left on a slot: none means the waiting list, null means no limit. */
export function SeatsBadge({ seatsLeft }: { seatsLeft: number | null }) {
  const { t } = useTranslation();
  if (seatsLeft === null)
    return (
      <Badge color="teal" variant="outline">
        {t('publicAgenda.freeEntry')}
      </Badge>
    );
  if (seatsLeft === 0)
    return (
      <Badge color="orange" variant="light">
        {t('publicAgenda.full')}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t('publicAgenda.seatsLeft', { count: seatsLeft })}
    </Badge>
  );
}
