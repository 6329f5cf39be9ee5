import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SIGN_IN_PATH } from '../../../app/paths.ts';
import { validate } from '../../../lib/form-errors.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useRequestPasswordReset } from '../api/auth.ts';

const schema = z.object({ email: z.email() });

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const form = useForm({ email: '' });
  const requestReset = useRequestPasswordReset();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(schema, { email: form.values.email.trim() }, t);
    if (!checked.ok) return form.setErrors(checked.errors);
    requestReset.mutate(checked.data.email, { onError: notifyError });
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('forgot.title')}
      </Title>
      {requestReset.isSuccess ? (
        // Same answer whether the account exists or not, so the page cannot be used to probe addresses.
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text c="dimmed">{t('forgot.intro')}</Text>
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.textProps('email')} />
            <Button type="submit" loading={requestReset.isPending} fullWidth>
              {t('forgot.submit')}
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
