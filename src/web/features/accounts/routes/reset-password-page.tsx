import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '../../../../contracts/users.ts';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from '../../../app/paths.ts';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useResetPassword } from '../api/auth.ts';
import { newPasswordErrors } from '../components/new-password-errors.ts';

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('reset.invalidLink')}
      </Alert>
      <Button component={Link} to={FORGOT_PASSWORD_PATH} variant="light">
        {t('reset.requestNew')}
      </Button>
    </>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // better-auth redirects here with ?error=INVALID_TOKEN when the e-mailed link has expired.
  const token = searchParams.get('error') === null ? searchParams.get('token') : null;
  const form = useForm({ newPassword: '', confirmation: '' });
  const resetPassword = useResetPassword();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = newPasswordErrors(form.values.newPassword, form.values.confirmation, t);
    if (Object.keys(errors).length > 0 || token === null) return form.setErrors(errors);
    resetPassword.mutate(
      { newPassword: form.values.newPassword, token },
      {
        onSuccess: () => {
          notifySuccess(t('reset.done'));
          void navigate(SIGN_IN_PATH, { replace: true });
        },
      },
    );
  };

  const expired = isApiError(resetPassword.error) && resetPassword.error.authCode === 'INVALID_TOKEN';
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('reset.title')}
      </Title>
      {token === null || expired ? (
        <InvalidLink />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {resetPassword.isError && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {errorMessage(resetPassword.error, t)}
              </Alert>
            )}
            <PasswordField
              label={t('reset.newPassword')}
              description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.textProps('newPassword')}
            />
            <PasswordField label={t('reset.confirm')} autoComplete="new-password" required {...form.textProps('confirmation')} />
            <Button type="submit" loading={resetPassword.isPending} fullWidth>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={SIGN_IN_PATH} size="sm">
        {t('forgot.back')}
      </Anchor>
    </Stack>
  );
}
