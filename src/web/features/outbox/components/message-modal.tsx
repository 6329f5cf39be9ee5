import { Alert, DataList, Modal, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../../../contracts/outbox.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';

export function MessageModal({ message, onClose }: { message: OutboxMessage | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={message !== null}
      onClose={onClose}
      title={message?.subject}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {message !== null && (
        <>
          <DataList mb="md">
            <DataList.Item>
              <DataList.ItemLabel>{t('outbox.to')}</DataList.ItemLabel>
              <DataList.ItemValue>{message.to}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('outbox.status')}</DataList.ItemLabel>
              <DataList.ItemValue>{t(`outbox.statuses.${message.status}`)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('outbox.sentAt')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {message.sentAt === null ? t('outbox.notSent') : formatDateTime(message.sentAt, i18n.language)}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          {message.error !== null && (
            <Alert color="red" variant="light" title={t('outbox.error')} mb="md">
              {message.error}
            </Alert>
          )}
          {/* Plain text as sent, keeping its line breaks so links stay whole and selectable. */}
          <Paper withBorder p="md" bg="gray.0">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.text}
            </Text>
          </Paper>
        </>
      )}
    </Modal>
  );
}
