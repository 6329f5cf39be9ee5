import { Button, Card, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, Session } from '../../../../contracts/groups.ts';
import { sessionCreateSchema } from '../../../../contracts/groups.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { type Member, useStructureMembers } from '../../memberships/api/structure-members.ts';
import { useAddSession, useDeleteSession, useUpdateSession } from '../api/groups.ts';

interface SessionFormProps {
  groupId: string;
  members: Member[];
  /** The session to edit; without it the form adds one. */
  session?: Session;
  onDone?: () => void;
}

/** Adds a session to the path, or edits one: date, theme, facilitators (members of the structure), attendance, notes. */
function SessionForm({ groupId, members, session, onDone }: SessionFormProps) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(session?.heldOn ?? '');
  const [theme, setTheme] = useState(session?.theme ?? '');
  const [facilitators, setFacilitators] = useState<string[]>(session?.facilitatorUserIds ?? []);
  const [attendance, setAttendance] = useState<string | number>(session?.attendance ?? '');
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useAddSession();
  const update = useUpdateSession();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      heldOn,
      theme: emptyToNull(theme),
      facilitatorUserIds: facilitators,
      attendance: attendance === '' ? null : Number(attendance),
      notes: emptyToNull(notes),
    };
    const checked = validate(sessionCreateSchema, values, t);
    if (!checked.ok) return setErrors(checked.errors);
    const handlers = {
      onSuccess: () => {
        notifySuccess(t(session ? 'participation.sessions.saved' : 'participation.sessions.added'));
        if (!session) {
          setHeldOn('');
          setTheme('');
          setFacilitators([]);
          setAttendance('');
          setNotes('');
        }
        setErrors({});
        onDone?.();
      },
      onError: (error: Error) => {
        setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    };
    if (session) update.mutate({ groupId, sessionId: session.id, version: session.version, ...checked.data }, handlers);
    else add.mutate({ groupId, ...checked.data }, handlers);
  };
  const titleId = session ? `edit-session-${session.id}` : 'add-session-title';
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Text fw={600} id={titleId}>
          {t(session ? 'participation.sessions.edit' : 'participation.sessions.add')}
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
        <MultiSelect
          label={t('participation.sessions.facilitators')}
          data={members.map((member) => ({ value: member.id, label: member.name }))}
          value={facilitators}
          onChange={setFacilitators}
          searchable
          clearable
          error={errors.facilitatorUserIds}
        />
        <Textarea
          label={t('participation.sessions.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        <Group gap="xs">
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('participation.sessions.save')}
          </Button>
          {session && (
            <Button variant="subtle" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function SessionItem({
  group,
  session,
  members,
  canWrite,
}: {
  group: GroupDetail;
  session: Session;
  members: Member[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteSession();
  if (editing) return <SessionForm groupId={group.id} members={members} session={session} onDone={() => setEditing(false)} />;
  const names = session.facilitatorUserIds.map((id) => members.find((member) => member.id === id)?.name).filter(Boolean);
  const title = `${formatDate(session.heldOn, i18n.language)} · ${session.theme ?? t('participation.sessions.noTheme')}`;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {session.attendance === null ? '' : t('participation.sessions.present', { count: session.attendance })}
        {names.length > 0 && ` · ${t('participation.sessions.facilitatedBy', { names: names.join(', ') })}`}
      </Text>
      {session.notes && <Text size="sm">{session.notes}</Text>}
      {canWrite && (
        <Group gap="xs">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setEditing(true)}
            aria-label={t('participation.sessions.editOne', { title })}
          >
            {t('participation.sessions.editButton')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red.9"
            c="red.9"
            onClick={() => setConfirming(true)}
            aria-label={t('participation.sessions.deleteOne', { title })}
          >
            {t('actions.delete')}
          </Button>
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('participation.sessions.deleteOne', { title })}
        message={t('participation.sessions.deleteMessage')}
        confirmLabel={t('actions.delete')}
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate({ groupId: group.id, sessionId: session.id }, { onSuccess: () => setConfirming(false), onError: notifyError })
        }
      />
    </Stack>
  );
}

/** The group's reflection path, session by session. */
export function SessionsPanel({ group, canWrite }: { group: GroupDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const { members } = useStructureMembers(group.structureId);
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
              <SessionItem group={group} session={session} members={members} canWrite={canWrite} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {canWrite && <SessionForm groupId={group.id} members={members} />}
    </Stack>
  );
}
