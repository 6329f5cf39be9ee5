import { ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../contracts/events.ts';
import { taskPageSchema } from '../../../../contracts/tasks.ts';
import { EVENT_PARTNER_ROLES } from '../../../../contracts/vocabulary.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { parisLocal, parisLocalToIso } from '../../../lib/paris-time.ts';
import { useStructureMembers } from '../../memberships/api/structure-members.ts';
import { useCreateTask, useUpdateTask } from '../../tasks/api/tasks.ts';
import { useEventParts } from '../api/events.ts';
import { OrganisationSelect } from './organisation-select.tsx';

export type PanelProps = { event: EventDetail; canWrite: boolean };
type Role = (typeof EVENT_PARTNER_ROLES)[number];

export function SlotsPanel({ event, canWrite }: PanelProps) {
  const { t, i18n } = useTranslation();
  const parts = useEventParts(event.id);
  const [slot, setSlot] = useState({ startsAt: '', endsAt: '', capacity: '' as number | string });
  const add = () =>
    parts.addSlot.mutate(
      {
        startsAt: parisLocalToIso(slot.startsAt),
        endsAt: parisLocalToIso(slot.endsAt),
        capacity: typeof slot.capacity === 'number' ? slot.capacity : null,
      },
      { onSuccess: () => setSlot({ startsAt: '', endsAt: '', capacity: '' }), onError: notifyError },
    );
  return (
    <Stack>
      {event.slots.length === 0 && <Text c="dimmed">{t('events.noSlot')}</Text>}
      {event.slots.map((s) => (
        <Group key={s.id} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {formatDateTime(s.startsAt, i18n.language)} → {parisLocal(new Date(s.endsAt)).slice(11)} · {t('events.fields.capacity')} :{' '}
            {s.capacity ?? t('events.noCapacity')}
          </Text>
          {canWrite && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('events.removeSlot')}
              onClick={() => parts.removeSlot.mutate(s.id, { onError: notifyError })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canWrite && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('events.fields.startsAt')}
            value={slot.startsAt}
            onChange={(e) => {
              const startsAt = e.currentTarget.value;
              setSlot((s) => ({ ...s, startsAt, endsAt: s.endsAt || startsAt }));
            }}
          />
          <TextInput
            type="datetime-local"
            label={t('events.fields.endsAt')}
            value={slot.endsAt}
            onChange={(e) => {
              const endsAt = e.currentTarget.value;
              setSlot((s) => ({ ...s, endsAt }));
            }}
          />
          <NumberInput
            label={t('events.fields.capacity')}
            min={0}
            w={100}
            value={slot.capacity}
            onChange={(capacity) => setSlot((s) => ({ ...s, capacity }))}
          />
          <Button onClick={add} disabled={!slot.startsAt || !slot.endsAt} loading={parts.addSlot.isPending}>
            {t('events.addSlot')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function PartnersPanel({ event, canWrite }: PanelProps) {
  const { t } = useTranslation();
  const parts = useEventParts(event.id);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('co_organiser');
  return (
    <Stack>
      {event.partners.length === 0 && <Text c="dimmed">{t('events.noPartner')}</Text>}
      {event.partners.map((p) => (
        <Group key={`${p.organisationId}-${p.role}`} justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {p.name}
            </Text>
            <Badge variant="light">{t(`events.partnerRoles.${p.role}`)}</Badge>
            {p.relayCode && <Badge variant="outline">{t('events.relayCode', { code: p.relayCode })}</Badge>}
          </Group>
          {canWrite && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('events.remove')} ${p.name}`}
              onClick={() => parts.removePartner.mutate({ organisationId: p.organisationId, role: p.role }, { onError: notifyError })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canWrite && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <OrganisationSelect
            label={t('events.fields.organisation')}
            placeholder={t('exhibition.fields.searchVenue')}
            value={organisationId}
            onChange={setOrganisationId}
          />
          <Select
            label={t('events.fields.role')}
            data={EVENT_PARTNER_ROLES.map((value) => ({ value, label: t(`events.partnerRoles.${value}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            allowDeselect={false}
            w={180}
          />
          <Button
            disabled={organisationId === null}
            loading={parts.addPartner.isPending}
            onClick={() =>
              parts.addPartner.mutate(
                { organisationId: organisationId!, role },
                { onSuccess: () => setOrganisationId(null), onError: notifyError },
              )
            }
          >
            {t('events.addPartner')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function StaffPanel({ event, canWrite }: PanelProps) {
  const { t } = useTranslation();
  const parts = useEventParts(event.id);
  const { members } = useStructureMembers(event.structureId);
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <Stack>
      {event.staff.length === 0 && <Text c="dimmed">{t('events.noStaff')}</Text>}
      {event.staff.map((person) => (
        <Group key={person.userId} justify="space-between" wrap="nowrap">
          <Text size="sm">{person.name}</Text>
          {canWrite && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('events.remove')} ${person.name}`}
              onClick={() => parts.removeStaff.mutate(person.userId, { onError: notifyError })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canWrite && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('events.fields.person')}
            data={members.filter((m) => !event.staff.some((s) => s.userId === m.id)).map((m) => ({ value: m.id, label: m.name }))}
            value={userId}
            onChange={setUserId}
            searchable
          />
          <Button
            disabled={userId === null}
            onClick={() => parts.addStaff.mutate(userId!, { onSuccess: () => setUserId(null), onError: notifyError })}
          >
            {t('events.addStaff')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The logistics checklist: the structure's tasks linked to the event. */
export function ChecklistPanel({ event, canWrite }: PanelProps) {
  const { t } = useTranslation();
  const tasks = useQuery({
    queryKey: ['tasks', 'list', { eventId: event.id }],
    queryFn: ({ signal }) =>
      api.get(withQuery('/api/v1/tasks', { eventId: event.id, sort: 'createdAt', pageSize: '100' }), taskPageSchema, signal),
  });
  const create = useCreateTask();
  const update = useUpdateTask();
  const [title, setTitle] = useState('');
  return (
    <Stack>
      {tasks.data?.items.length === 0 && <Text c="dimmed">{t('events.noTask')}</Text>}
      <Table>
        <Table.Tbody>
          {(tasks.data?.items ?? []).map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Checkbox
                  label={task.title}
                  checked={task.done}
                  disabled={!canWrite}
                  onChange={(e) =>
                    update.mutate({ id: task.id, version: task.version, done: e.currentTarget.checked }, { onError: notifyError })
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <Group align="flex-end" gap="xs">
          <TextInput label={t('events.taskTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button
            disabled={title.trim() === ''}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { structureId: event.structureId, eventId: event.id, title },
                { onSuccess: () => setTitle(''), onError: notifyError },
              )
            }
          >
            {t('events.addTask')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
