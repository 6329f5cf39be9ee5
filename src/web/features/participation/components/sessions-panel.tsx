import { Button, Card, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../contracts/groups.ts';
import { sessionCreateSchema } from '../../../../contracts/groups.ts';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useAddSession } from '../api/groups.ts';

function AddSessionForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState('');
  const [theme, setTheme] = useState('');
  const [attendance, setAttendance] = useState<string | number>('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useAddSession();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      heldOn,
      theme: emptyToNull(theme),
      attendance: attendance === '' ? null : Number(attendance),
      notes: emptyToNull(notes),
    };
    const checked = validate(sessionCreateSchema, values, t);
    if (!checked.ok) return setErrors(checked.errors);
    add.mutate(
      { groupId, ...checked.data },
      {
        onSuccess: () => {
          notifySuccess(t('participation.sessions.added'));
          setHeldOn('');
          setTheme('');
          setAttendance('');
          setNotes('');
          setErrors({});
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-labelledby="add-session-title">
      <Stack gap="sm">
        <Text fw={600} id="add-session-title">
          {t('participation.sessions.add')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="date"
            label={t('participation.sessions.heldOn')}
            required
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={errors.heldOn}
          />
          <NumberInput
            label={t('participation.sessions.attendance')}
            min={0}
            value={attendance}
            onChange={setAttendance}
            error={errors.attendance}
          />
        </SimpleGrid>
        <TextInput
          label={t('participation.sessions.theme')}
          value={theme}
          onChange={(e) => setTheme(e.currentTarget.value)}
          error={errors.theme}
        />
        <Textarea
          label={t('participation.sessions.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('participation.sessions.save')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The group's reflection path, session by session. */
export function SessionsPanel({ group, canWrite }: { group: GroupDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      <Text fw={600}>{t('participation.sessions.title')}</Text>
      {group.sessions.length === 0 ? (
        <Text c="dimmed">{t('participation.sessions.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={group.sessions.length - 1}>
          {group.sessions.map((session) => (
            <Timeline.Item
              key={session.id}
              title={`${formatDate(session.heldOn, i18n.language)} · ${session.theme ?? t('participation.sessions.noTheme')}`}
            >
              <Text size="sm" c="dimmed">
                {session.attendance === null ? '' : t('participation.sessions.present', { count: session.attendance })}
              </Text>
              {session.notes && <Text size="sm">{session.notes}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {canWrite && <AddSessionForm groupId={group.id} />}
    </Stack>
  );
}
