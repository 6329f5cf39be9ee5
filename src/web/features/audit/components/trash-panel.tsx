import { Button, Table } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { trashQueryOptions, useRestore } from '../api/trash.ts';

export function TrashPanel() {
  const { t, i18n } = useTranslation();
  const { isCoordinator } = useMe();
  const { structure } = useCurrentStructure();
  // The coordination sees every structure's trash; others see the one they are working in.
  const trash = useQuery(trashQueryOptions(isCoordinator ? undefined : structure?.id));
  const restore = useRestore();

  if (trash.isPending) return <TableSkeleton />;
  if (trash.isError) return <QueryError error={trash.error} onRetry={() => void trash.refetch()} />;
  if (trash.data.length === 0) return <EmptyBlock title={t('trash.emptyTitle')} description={t('trash.emptyText')} />;

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table stickyHeader verticalSpacing="sm">
        <Table.Caption>{t('trash.caption', { total: trash.data.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trash.item')}</Table.Th>
            <Table.Th scope="col">{t('trash.type')}</Table.Th>
            <Table.Th scope="col">{t('trash.deletedAt')}</Table.Th>
            <Table.Th scope="col">{t('trash.deletedBy')}</Table.Th>
            <Table.Th scope="col">{t('members.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trash.data.map((item) => {
            const restoring = restore.isPending && restore.variables?.entityId === item.entityId;
            return (
              <Table.Tr key={`${item.entityType}:${item.entityId}`}>
                <Table.Th scope="row" fw={500}>
                  {item.label}
                </Table.Th>
                <Table.Td>{t(`entityTypes.${item.entityType}`)}</Table.Td>
                <Table.Td>
                  <time dateTime={item.deletedAt}>{formatDateTime(item.deletedAt, i18n.language)}</time>
                </Table.Td>
                <Table.Td>{item.deletedBy?.name ?? t('history.system')}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRestore size={16} aria-hidden />}
                    aria-label={t('trash.restoreLabel', { label: item.label })}
                    loading={restoring}
                    onClick={() =>
                      restore.mutate(item, {
                        onSuccess: () => notifySuccess(t('trash.restored', { label: item.label })),
                        onError: notifyError,
                      })
                    }
                  >
                    {t('trash.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
