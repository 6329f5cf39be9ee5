import { Alert, Box, Button, Paper, Radio, Select, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { feedbackInputSchema } from '../../../../contracts/feedback.ts';
import { HEARD_CHANNELS } from '../../../../contracts/registrations.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { feedbackFormQueryOptions, useSendFeedback } from '../../registrations/api/feedback.ts';

/** The form of the e-mail sent after an event: a note, how they heard of it, their postcode, a word. */
export function FeedbackPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('publicAgenda.feedback.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useQuery({ ...feedbackFormQueryOptions(token), enabled: token.length >= 10 });
  const send = useSendFeedback();
  const [satisfaction, setSatisfaction] = useState('');
  const [channel, setChannel] = useState<string | null>(null);
  const [postcode, setPostcode] = useState('');
  const [comment, setComment] = useState('');
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      token,
      satisfaction: satisfaction ? Number(satisfaction) : undefined,
      channel: channel ?? undefined,
      postcode: postcode.trim() || undefined,
      comment: comment.trim() || undefined,
      website: website || undefined,
    };
    const checked = validate(feedbackInputSchema, body, t);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    send.mutate(checked.data, { onError: (error) => setErrors(serverFieldErrors(error)) });
  };

  let body: React.ReactNode;
  if (token.length < 10) body = <Alert color="red">{t('publicAgenda.feedback.invalid')}</Alert>;
  else if (form.isPending) body = <Skeleton h={200} />;
  else if (form.isError) {
    body = (
      <Alert color="red" role="alert">
        {errorMessage(form.error, t)}
      </Alert>
    );
  } else if (send.isSuccess || form.data.answered) {
    body = (
      <Alert color="teal" icon={<IconCheck aria-hidden />} role="status" title={t('publicAgenda.feedback.thanks')}>
        {t('publicAgenda.feedback.thanksHint')}
      </Alert>
    );
  } else {
    body = (
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text>
            {t('publicAgenda.feedback.intro', { title: form.data.eventTitle, when: formatDateTime(form.data.startsAt, i18n.language) })}
          </Text>
          <Radio.Group
            label={t('publicAgenda.feedback.satisfaction')}
            description={t('publicAgenda.feedback.satisfactionHint')}
            value={satisfaction}
            onChange={setSatisfaction}
            required
            error={errors.satisfaction}
          >
            <Stack gap={6} mt={6}>
              {([5, 4, 3, 2, 1] as const).map((value) => (
                <Radio key={value} value={String(value)} label={t(`publicAgenda.feedback.scores.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Select
            label={t('publicAgenda.register.channel')}
            data={HEARD_CHANNELS.map((value) => ({ value, label: t(`publicAgenda.channels.${value}`) }))}
            value={channel}
            onChange={setChannel}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
          <TextInput
            label={t('publicAgenda.register.postcode')}
            description={t('publicAgenda.register.postcodeHint')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            value={postcode}
            onChange={(e) => setPostcode(e.currentTarget.value)}
            error={errors.postcode}
          />
          <Textarea
            label={t('publicAgenda.feedback.comment')}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.comment}
          />
          {/* Hidden from people, filled in by bots. */}
          <Box style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }} aria-hidden>
            <label>
              Site web
              <input
                type="text"
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={website}
                onChange={(e) => setWebsite(e.currentTarget.value)}
              />
            </label>
          </Box>
          {send.isError && (
            <Alert color="red" role="alert">
              {errorMessage(send.error, t)}
            </Alert>
          )}
          <Button type="submit" size="md" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('publicAgenda.feedback.send')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack gap="md" maw={560} mx="auto">
      <Title order={1} size="h2">
        {t('publicAgenda.feedback.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        {body}
      </Paper>
    </Stack>
  );
}
