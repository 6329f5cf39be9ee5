import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { parisToday } from '../../../lib/paris-time.ts';
import { type ReportFile, type ReportScope, reportFileUrl } from '../api/reports.ts';
import { ProgrammeFigures } from '../components/programme-figures.tsx';
import { ReportMap } from '../components/report-map.tsx';
import { ReportScopePicker } from '../components/report-scope-picker.tsx';

const FILES: { file: ReportFile; key: 'pdf' | 'xlsx' | 'csv' }[] = [
  { file: 'funder.pdf', key: 'pdf' },
  { file: 'funder.xlsx', key: 'xlsx' },
  { file: 'events-held.csv', key: 'csv' },
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rapports: choose a period and structures, check the figures, download the funder report and the open data. */
export function ReportsPage() {
  const { t } = useTranslation();
  const today = parisToday();
  const [scope, setScope] = useState<ReportScope>({ structureIds: [], from: `${today.slice(0, 4)}-01-01`, to: today });
  const complete = DAY.test(scope.from) && DAY.test(scope.to);
  const error = complete && scope.to < scope.from ? t('reports.periodError') : null;
  const ready = complete && error === null;
  return (
    <Stack gap="lg">
      <PageHeader title={t('nav.reports')} description={t('reports.description')} />
      <Card withBorder padding="md" component="section" aria-labelledby="report-scope-title">
        <Title order={2} size="h4" id="report-scope-title" mb="sm">
          {t('reports.scopeTitle')}
        </Title>
        <ReportScopePicker scope={scope} onChange={setScope} error={error} />
        <Group gap="sm" mt="md">
          {FILES.map(({ file, key }) => (
            <Button
              key={file}
              component="a"
              href={ready ? reportFileUrl(file, scope) : undefined}
              download
              data-disabled={!ready || undefined}
              disabled={!ready}
              variant={key === 'pdf' ? 'filled' : 'light'}
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t(`reports.download.${key}`)}
            </Button>
          ))}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('reports.openDataNote')}
        </Text>
      </Card>
      <section aria-labelledby="report-preview-title">
        <Title order={2} size="h3" id="report-preview-title" mb="sm">
          {t('reports.preview')}
        </Title>
        {ready ? (
          <Stack gap="lg">
            <ProgrammeFigures scope={scope} headingId="report-preview-title" />
            <ReportMap scope={scope} />
          </Stack>
        ) : (
          <Text>{t('reports.choosePeriod')}</Text>
        )}
      </section>
    </Stack>
  );
}
