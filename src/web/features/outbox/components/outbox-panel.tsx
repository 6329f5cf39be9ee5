import { Badge, Button, Table } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../../../contracts/outbox.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { outboxQueryOptions } from '../api/outbox.ts';
import { MessageModal } from './message-modal.tsx';

const STATUS_COLORS = { pending: 'yellow', sent: 'teal', failed: 'red' } as const;

/** Mail sent or waiting. Without SMTP this is where invitation and reset links can be read. */
export function OutboxPanel() {
  const { t, i18n } = useTranslation();
  const outbox = useQuery(outboxQueryOptions());
  const [reading, setReading] = useState<OutboxMessage | null>(null);

  if (outbox.isPending) return <TableSkeleton />;
  if (outbox.isError) return <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />;
  if (outbox.data.length === 0) return <EmptyBlock title={t('outbox.emptyTitle')} description={t('outbox.emptyText')} />;

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table stickyHeader verticalSpacing="sm">
          <Table.Caption>{t('outbox.caption', { total: outbox.data.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
              <Table.Th scope="col">{t('outbox.to')}</Table.Th>
              <Table.Th scope="col">{t('outbox.status')}</Table.Th>
              <Table.Th scope="col">{t('outbox.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('members.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outbox.data.map((message) => (
              <Table.Tr key={message.id}>
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
                    onClick={() => setReading(message)}
                  >
                    {t('outbox.read')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MessageModal message={reading} onClose={() => setReading(null)} />
    </>
  );
}
