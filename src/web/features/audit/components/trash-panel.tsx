import { Button, Table } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { trashItemSchema } from '../../../../contracts/audit.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { trashQueryOptions, useRestore } from '../api/trash.ts';

type TrashItem = z.infer<typeof trashItemSchema>;

function TrashRow({ item }: { item: TrashItem }) {
  const { t, i18n } = useTranslation();
  const restore = useRestore();
  const onRestore = () =>
    restore.mutate(item, {
      onSuccess: () => notifySuccess(t('trash.restored', { label: item.label })),
      onError: notifyError,
    });
  return (
    <Table.Tr>
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
          loading={restore.isPending}
          onClick={onRestore}
        >
          {t('trash.restore')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function TrashPanel() {
  const { t } = useTranslation();
  const { isCoordinator } = useMe();
  const { structure } = useCurrentStructure();
  // The coordination sees every structure's trash; others see the one they are working in.
  const trash = useQuery(trashQueryOptions(isCoordinator ? undefined : structure?.id));

  if (trash.isPending) return <TableSkeleton />;
  if (trash.isError) return <QueryError error={trash.error} onRetry={() => void trash.refetch()} />;
  if (trash.data.length === 0) return <EmptyBlock title={t('trash.emptyTitle')} description={t('trash.emptyText')} />;
  return (
    <ListTable
      caption={t('trash.caption', { total: trash.data.length })}
      columns={[t('trash.item'), t('trash.type'), t('trash.deletedAt'), t('trash.deletedBy'), t('members.actions')]}
      minWidth={680}
    >
      {trash.data.map((item) => (
        <TrashRow key={`${item.entityType}:${item.entityId}`} item={item} />
      ))}
    </ListTable>
  );
}
