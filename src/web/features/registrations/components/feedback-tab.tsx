import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { feedbackSummaryQueryOptions, useRequestFeedback } from '../api/feedback.ts';

/** The event page's Feedback tab: send the form to those who came, then read the answers summed up. */
export function FeedbackTab({ eventId, canWrite, begun }: { eventId: string; canWrite: boolean; begun: boolean }) {
  const { t, i18n } = useTranslation();
  const summary = useQuery(feedbackSummaryQueryOptions(eventId));
  const request = useRequestFeedback(eventId);
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  const data = summary.data;
  const send = () =>
    request.mutate(undefined, { onSuccess: ({ sent }) => notifySuccess(t('feedback.sent', { count: sent })), onError: notifyError });
  return (
    <Stack gap="lg">
      {canWrite && (
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" maw={520}>
            {begun ? t('feedback.requestHint') : t('feedback.notYet')}
          </Text>
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={send} loading={request.isPending} disabled={!begun}>
            {t('feedback.request')}
          </Button>
        </Group>
      )}
      {data && data.answers === 0 && <Alert color="gray">{t('feedback.none')}</Alert>}
      {data && data.answers > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('feedback.answers', { count: data.answers })}
              </Text>
              <Text fz={28} fw={700}>
                {data.averageSatisfaction?.toLocaleString(i18n.language)} / 5
              </Text>
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="xs">
                {t('feedback.satisfaction')}
              </Title>
              <Stack gap={4}>
                {[...data.satisfaction].reverse().map((s) => (
                  <Group key={s.value} gap="xs" wrap="nowrap">
                    <Text size="sm" w={24}>
                      {s.value}
                    </Text>
                    <Progress value={(s.count / data.answers) * 100} style={{ flex: 1 }} aria-label={`${s.value} : ${s.count}`} />
                    <Text size="sm" w={24} ta="right">
                      {s.count}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="xs">
                {t('feedback.channels')}
              </Title>
              {data.channels.map((c) => (
                <Text key={c.value ?? 'none'} size="sm">
                  {c.value ? t(`publicAgenda.channels.${c.value}`) : t('feedback.unknown')} : {c.count}
                </Text>
              ))}
              <Title order={3} size="h5" mt="sm" mb="xs">
                {t('feedback.postcodes')}
              </Title>
              <Text size="sm">{data.postcodes.map((p) => `${p.value ?? t('feedback.unknown')} (${p.count})`).join(', ')}</Text>
            </Paper>
          </SimpleGrid>
          {data.comments.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('feedback.comments')}
              </Title>
              {data.comments.map((c) => (
                <Paper key={c.createdAt} withBorder p="sm">
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {c.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.satisfaction} / 5 · {formatDateTime(c.createdAt, i18n.language)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
