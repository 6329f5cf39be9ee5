import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DismissModalProps {
  candidateName: string;
  pending: boolean;
  onDismiss: (reason: string) => void;
  onClose: () => void;
}

/** Setting a candidate aside asks why, so the next person knows. */
export function DismissModal({ candidateName, pending, onDismiss, onClose }: DismissModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const valid = reason.trim().length >= 2;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discovery.dismiss.title', { name: candidateName })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onDismiss(reason.trim());
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('discovery.dismiss.reason')}
            description={t('discovery.dismiss.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!valid} loading={pending}>
              {t('discovery.dismiss.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
