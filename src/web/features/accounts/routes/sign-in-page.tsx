import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FORGOT_PASSWORD_PATH, NEXT_PARAM } from '../../../app/paths.ts';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useForm } from '../../../lib/use-form.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSignIn } from '../api/auth.ts';

/** Only paths inside the app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const form = useForm({ email: '', password: '' });
  const signIn = useSignIn();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      email: form.values.email.trim() === '' ? t('validation.required') : undefined,
      password: form.values.password === '' ? t('validation.required') : undefined,
    };
    if (errors.email !== undefined || errors.password !== undefined) return form.setErrors(errors);
    signIn.mutate(
      { email: form.values.email.trim(), password: form.values.password },
      { onSuccess: () => void navigate(safeNext(searchParams.get(NEXT_PARAM)), { replace: true }) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        <Text c="dimmed">{t('signIn.intro')}</Text>
        {signIn.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {errorMessage(signIn.error, t)}
          </Alert>
        )}
        <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.textProps('email')} />
        <PasswordField label={t('signIn.password')} autoComplete="current-password" required {...form.textProps('password')} />
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
          {t('signIn.forgot')}
        </Anchor>
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
