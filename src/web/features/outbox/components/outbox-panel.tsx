import { Badge, Button, Table } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../../../contracts/outbox.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { outboxQueryOptions } from '../api/outbox.ts';
import { MessageModal } from './message-modal.tsx';

/** The status is written in the badge; its colour only repeats it. */
const STATUS_COLORS = { pending: 'gray', sent: 'teal', failed: 'red' } as const;

function OutboxRow({ message, onRead }: { message: OutboxMessage; onRead: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {message.subject}
      </Table.Th>
      <Table.Td>{message.to}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[message.status]} variant="light" tt="none">
          {t(`outbox.statuses.${message.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconEye size={16} aria-hidden />}
          aria-label={t('outbox.readLabel', { subject: message.subject })}
          onClick={onRead}
        >
          {t('outbox.read')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Mail sent or waiting. Without SMTP this is where invitation and reset links can be read. */
export function OutboxPanel() {
  const { t } = useTranslation();
  const outbox = useQuery(outboxQueryOptions());
  const [reading, setReading] = useState<OutboxMessage | null>(null);

  if (outbox.isPending) return <TableSkeleton />;
  if (outbox.isError) return <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />;
  if (outbox.data.length === 0) return <EmptyBlock title={t('outbox.emptyTitle')} description={t('outbox.emptyText')} />;
  return (
    <>
      <ListTable
        caption={t('outbox.caption', { total: outbox.data.length })}
        columns={[t('outbox.subject'), t('outbox.to'), t('outbox.status'), t('outbox.createdAt'), t('members.actions')]}
        minWidth={720}
      >
        {outbox.data.map((message) => (
          <OutboxRow key={message.id} message={message} onRead={() => setReading(message)} />
        ))}
      </ListTable>
      <MessageModal message={reading} onClose={() => setReading(null)} />
    </>
  );
}
