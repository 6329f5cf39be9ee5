import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportStatus } from '../../../../contracts/imports.ts';
import { importJobPath } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { importsQueryOptions } from '../api/imports.ts';

const STATUS_COLORS: Record<ImportStatus, string> = {
  uploaded: 'gray',
  running: 'blue',
  interrupted: 'orange',
  completed: 'teal',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}

/** Earlier imports, one's own (the coordination sees everyone's); each opens where it stopped. */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const jobs = useQuery(importsQueryOptions());
  if (jobs.isPending) return <TableSkeleton rows={3} />;
  if (jobs.isError) return <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('imports.history.title')}
      </Title>
      {jobs.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} role="region" aria-label={t('imports.history.title')}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('imports.history.file')}</Table.Th>
                <Table.Th scope="col">{t('imports.history.date')}</Table.Th>
                <Table.Th scope="col">{t('imports.history.status')}</Table.Th>
                <Table.Th scope="col">{t('imports.history.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={importJobPath(job.id)}>
                      {job.fileName}
                    </Anchor>
                    {job.kind === 'contacts' && (
                      <Badge ml="xs" size="sm" variant="light">
                        {t('imports.kinds.badge')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{formatDateTime(job.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <ImportStatusBadge status={job.status} />
                  </Table.Td>
                  <Table.Td>
                    {job.status === 'uploaded'
                      ? t('imports.history.rows', { count: job.totalRows })
                      : t('imports.history.summary', { created: job.created, updated: job.updated, rejected: job.rejected })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
