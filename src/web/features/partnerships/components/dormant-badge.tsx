import { Badge } from '@mantine/core';
import { IconZzz } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { parisToday } from '../../../lib/paris-time.ts';

/** « En veille »: no interaction for months (MAILLAGE_DORMANT_MONTHS); its title says since when. */
export function DormantBadge({
  partnership,
  size = 'sm',
}: {
  partnership: Pick<Partnership, 'dormant' | 'lastInteractionAt'>;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t, i18n } = useTranslation();
  if (!partnership.dormant) return null;
  const last = partnership.lastInteractionAt;
  const title =
    last === null
      ? t('partnerLists.dormant.never')
      : t('partnerLists.dormant.since', { date: formatDate(parisToday(new Date(last)), i18n.language) });
  return (
    <Badge color="orange" variant="light" tt="none" size={size} leftSection={<IconZzz size={12} aria-hidden />} title={title}>
      {t('partnerLists.dormant.badge')}
    </Badge>
  );
}
