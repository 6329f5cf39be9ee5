import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import i18n from 'i18next';
import { errorMessage } from './error-message.ts';

// Notifications live outside the React tree, hence the i18next instance rather than the hook.
const closeButtonProps = () => ({ 'aria-label': i18n.t('actions.closeNotification') });

export function notifySuccess(message: string): void {
  notifications.show({
    color: 'teal',
    icon: <IconCheck size={18} aria-hidden />,
    message,
    closeButtonProps: closeButtonProps(),
  });
}

export function notifyError(error: unknown): void {
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} aria-hidden />,
    title: i18n.t('errors.title'),
    message: errorMessage(error, i18n.t),
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  });
}

/** After a delete that went to the trash, the quickest way back is right there in the notification. */
export function notifyWithUndo(message: string, onUndo: () => void): void {
  const id = notifications.show({
    color: 'teal',
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 10000,
    closeButtonProps: closeButtonProps(),
    message: (
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {i18n.t('actions.undo')}
        </Button>
      </Group>
    ),
  });
}

/** A failure the interface words itself, such as a move undone because someone else saved first. */
export function notifyFailure(message: string): void {
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} aria-hidden />,
    title: i18n.t('errors.title'),
    message,
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  });
}
