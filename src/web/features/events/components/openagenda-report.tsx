import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpenAgendaReport } from '../../../../contracts/openagenda.ts';

/** What a run did: how many events were created and updated, and each one left out with its reason. */
export function OpenAgendaReportView({ report }: { report: OpenAgendaReport }) {
  const { t } = useTranslation();
  return (
    <Alert color={report.skipped.length ? 'yellow' : 'green'} title={t('openAgenda.report.title')}>
      <Text size="sm">{t('openAgenda.report.counts', { count: report.created, updated: report.updated })}</Text>
      {report.skipped.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('openAgenda.report.skipped', { count: report.skipped.length })}
          </Text>
          <List size="sm" spacing={4}>
            {report.skipped.map((skip) => {
              const line = skip.uid ? `${skip.uid} : ${skip.reason}` : skip.reason;
              return <List.Item key={line}>{line}</List.Item>;
            })}
          </List>
        </>
      )}
    </Alert>
  );
}
