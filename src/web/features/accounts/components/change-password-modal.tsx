import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../../contracts/users.ts';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { useChangePassword } from '../api/auth.ts';
import { newPasswordErrors } from './new-password-errors.ts';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { t } = useTranslation();
  const form = useForm(EMPTY);
  const changePassword = useChangePassword();

  const close = () => {
    form.reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = newPasswordErrors(form.values.newPassword, form.values.confirmation, t);
    if (form.values.currentPassword === '') errors.currentPassword = t('validation.required');
    if (Object.keys(errors).length > 0) return form.setErrors(errors);
    changePassword.mutate(form.values, {
      onSuccess: () => {
        notifySuccess(t('changePassword.done'));
        close();
      },
      // A wrong current password belongs next to that field; anything else is a notification.
      onError: (error) => {
        if (isApiError(error) && error.authCode !== null) {
          form.setErrors({ currentPassword: errorMessage(error, t) });
        } else notifyError(error);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('changePassword.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <PasswordField
            label={t('changePassword.current')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.textProps('currentPassword')}
          />
          <PasswordField
            label={t('changePassword.new')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.textProps('newPassword')}
          />
          <PasswordField label={t('changePassword.confirm')} autoComplete="new-password" required {...form.textProps('confirmation')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={changePassword.isPending}>
              {t('changePassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
