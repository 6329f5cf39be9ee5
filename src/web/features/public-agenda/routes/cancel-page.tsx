import { Alert, Anchor, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AGENDA_PATH } from '../../../app/paths.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { cancelPreviewQueryOptions, useCancelRegistration } from '../api/public-agenda.ts';

/** The signed link of the confirmation e-mail: shows the registration, then cancels it on a second step. */
export function CancelPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('publicAgenda.cancel.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({ ...cancelPreviewQueryOptions(token), enabled: token.length >= 10 });
  const cancel = useCancelRegistration();
  const back = (
    <Anchor component={Link} to={AGENDA_PATH}>
      {t('publicAgenda.back')}
    </Anchor>
  );

  let body: React.ReactNode;
  if (token.length < 10) body = <Alert color="red">{t('publicAgenda.cancel.invalid')}</Alert>;
  else if (preview.isPending) body = <Skeleton h={120} />;
  else if (preview.isError)
    body = (
      <Alert color="red" role="alert">
        {errorMessage(preview.error, t)}
      </Alert>
    );
  else if (cancel.isSuccess || preview.data.status === 'cancelled') {
    body = (
      <Alert color="teal" icon={<IconCheck aria-hidden />} role="status" title={t('publicAgenda.cancel.done')}>
        {t('publicAgenda.cancel.doneHint', { title: preview.data.eventTitle })}
      </Alert>
    );
  } else {
    const { data } = preview;
    body = (
      <Stack gap="sm">
        <Text>
          {t('publicAgenda.cancel.summary', {
            name: data.name,
            title: data.eventTitle,
            when: formatDateTime(data.startsAt, i18n.language),
            count: data.headcount,
          })}
        </Text>
        {data.status === 'waitlisted' && <Text c="dimmed">{t('publicAgenda.cancel.waitlisted')}</Text>}
        {cancel.isError && (
          <Alert color="red" role="alert">
            {errorMessage(cancel.error, t)}
          </Alert>
        )}
        <Button color="red.9" onClick={() => cancel.mutate(token)} loading={cancel.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('publicAgenda.cancel.confirm')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={560} mx="auto">
      <Title order={1} size="h2">
        {t('publicAgenda.cancel.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        {body}
      </Paper>
      {back}
    </Stack>
  );
}
