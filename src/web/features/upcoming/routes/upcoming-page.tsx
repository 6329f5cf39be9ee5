import { Alert } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UpcomingArea } from '../../../app/areas.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';

/** An area not built yet says what it will hold, and no more: no sample data that looks real. */
export function UpcomingPage({ area }: { area: UpcomingArea }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} description={t(`areaDescriptions.${area}`)} />
      <Alert variant="light" icon={<IconClockHour4 aria-hidden />}>
        {t('areas.comingSoon')}
      </Alert>
    </>
  );
}
