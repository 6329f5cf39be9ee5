import { Card, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { retentionQueryOptions } from '../api/reports.ts';

/** Partners active each year, and how many were active again the year after. */
export function RetentionTable({ structureId }: { structureId: string | undefined }) {
  const { t } = useTranslation();
  const query = useQuery(retentionQueryOptions(structureId));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="retention-title">
      <Title order={3} size="h4" id="retention-title" mb="xs">
        {t('reports.retention.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reports.retention.rule')}
      </Text>
      {query.isPending && <Skeleton height={100} />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.years.length === 0 && <Text size="sm">{t('reports.retention.none')}</Text>}
      {query.isSuccess && query.data.years.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.retention.year')}</Table.Th>
              <Table.Th ta="right">{t('reports.retention.active')}</Table.Th>
              <Table.Th ta="right">{t('reports.retention.retained')}</Table.Th>
              <Table.Th ta="right">{t('reports.retention.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.years.map((row) => (
              <Table.Tr key={row.year}>
                <Table.Td>{row.year}</Table.Td>
                <Table.Td ta="right">{row.active}</Table.Td>
                <Table.Td ta="right">{row.retained ?? '—'}</Table.Td>
                <Table.Td ta="right">{row.rate === null ? '—' : `${Math.round(row.rate * 100)} %`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
