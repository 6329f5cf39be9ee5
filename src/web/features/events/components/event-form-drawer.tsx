import {
  ActionIcon,
  Button,
  Drawer,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventCreate, EventDetail } from '../../../../contracts/events.ts';
import {
  ACCESSIBILITY_NEEDS,
  ATTENDANCE_MODES,
  EVENT_FORMATS,
  EVENT_STATUSES,
  REGISTRATION_MODES,
} from '../../../../contracts/vocabulary.ts';
import { eventPath } from '../../../app/paths.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { parisLocalToIso } from '../../../lib/paris-time.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { currentExhibitionQueryOptions } from '../../exhibition/api/exhibition.ts';
import { useCreateEvent, useUpdateEvent } from '../api/events.ts';
import { OrganisationSelect } from './organisation-select.tsx';

type SlotRow = { key: string; startsAt: string; endsAt: string; capacity: number | string };
const emptySlot = (): SlotRow => ({ key: crypto.randomUUID(), startsAt: '', endsAt: '', capacity: '' });

interface Props {
  structureId: string;
  /** null: a new event, with its slots; an event's slots are then edited on its page. */
  event: EventDetail | null;
  onClose: () => void;
}

/** Creates or edits an event; times are typed in Paris time whatever the device's zone. */
export function EventFormDrawer({ structureId, event, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const exhibition = useQuery(currentExhibitionQueryOptions());
  const [values, setValues] = useState({
    title: event?.title ?? '',
    format: event?.format ?? 'debate',
    status: event?.status ?? 'idea',
    stopId: event?.stopId ?? null,
    moduleId: event?.moduleId ?? null,
    venueId: event?.venueId ?? null,
    attendanceMode: event?.attendanceMode ?? 'in_person',
    onlineUrl: event?.onlineUrl ?? '',
    publics: event?.publics ?? [],
    ageMin: event?.ageMin ?? ('' as number | string),
    ageMax: event?.ageMax ?? ('' as number | string),
    accessibility: event?.accessibility ?? [],
    registrationMode: event?.registrationMode ?? 'none',
    registrationUrl: event?.registrationUrl ?? '',
    description: event?.description ?? '',
  });
  const [slots, setSlots] = useState<SlotRow[]>([emptySlot()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const options = (keys: readonly string[], prefix: string) =>
    keys.map((value) => ({ value, label: t(`${prefix}.${value}` as 'events.title') }));
  const numberOrNull = (value: number | string) => (typeof value === 'number' ? value : null);

  const submit = () => {
    if (values.title.trim() === '') return setErrors({ title: t('validation.required') });
    const fields = {
      ...values,
      onlineUrl: values.onlineUrl || null,
      registrationUrl: values.registrationUrl || null,
      description: values.description || null,
      ageMin: numberOrNull(values.ageMin),
      ageMax: numberOrNull(values.ageMax),
    } as Omit<EventCreate, 'structureId'> & { status: EventCreate['status'] };
    const onError = (error: unknown) => {
      setErrors(serverFieldErrors(error));
      notifyError(error);
    };
    if (event) {
      update.mutate(
        { id: event.id, version: event.version, ...fields },
        {
          onSuccess: () => {
            notifySuccess(t('events.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const filled = slots.filter((s) => s.startsAt && s.endsAt);
    create.mutate(
      {
        structureId,
        ...fields,
        status: values.status === 'held' ? 'idea' : values.status,
        slots: filled.map((s) => ({
          startsAt: parisLocalToIso(s.startsAt),
          endsAt: parisLocalToIso(s.endsAt),
          capacity: numberOrNull(s.capacity),
        })),
      },
      {
        onSuccess: (created) => {
          notifySuccess(t('events.created'));
          onClose();
          navigate(eventPath(created.id));
        },
        onError,
      },
    );
  };

  const stops = exhibition.data?.stops ?? [];
  return (
    <Drawer
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      position="right"
      size="lg"
      title={event ? t('events.edit') : t('events.new')}
    >
      <Stack>
        <TextInput
          label={t('events.fields.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          required
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('events.fields.format')}
            data={options(EVENT_FORMATS, 'events.formats')}
            value={values.format}
            onChange={(v) => v && set('format', v as typeof values.format)}
            allowDeselect={false}
          />
          <Select
            label={t('events.fields.status')}
            data={options(event ? EVENT_STATUSES : EVENT_STATUSES.filter((s) => s !== 'held'), 'events.statuses')}
            value={values.status}
            onChange={(v) => v && set('status', v as typeof values.status)}
            allowDeselect={false}
            error={errors.status}
          />
          <Select
            label={t('events.fields.stop')}
            data={stops.map((s) => ({ value: s.id, label: `${s.departement} · ${s.structure.name}` }))}
            value={values.stopId}
            onChange={(v) => set('stopId', v)}
            clearable
          />
          <Select
            label={t('events.fields.module')}
            data={(exhibition.data?.modules ?? []).map((m) => ({ value: m.id, label: m.title }))}
            value={values.moduleId}
            onChange={(v) => set('moduleId', v)}
            clearable
          />
        </SimpleGrid>
        <OrganisationSelect
          label={t('events.fields.venue')}
          placeholder={t('exhibition.fields.searchVenue')}
          value={values.venueId}
          initialName={event?.venue?.name}
          onChange={(v) => set('venueId', v)}
          error={errors.venueId}
        />
        {!event && (
          <Stack gap="xs">
            <Text fw={600}>{t('events.slots')}</Text>
            <Text size="xs" c="dimmed">
              {t('events.parisTime')}
            </Text>
            {slots.map((slot, i) => (
              <Group key={slot.key} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  type="datetime-local"
                  label={t('events.fields.startsAt')}
                  value={slot.startsAt}
                  onChange={(e) => {
                    const startsAt = e.currentTarget.value;
                    setSlots((all) => all.map((s, j) => (j === i ? { ...s, startsAt, endsAt: s.endsAt || startsAt } : s)));
                  }}
                  error={errors[`slots.${i}.startsAt`]}
                />
                <TextInput
                  type="datetime-local"
                  label={t('events.fields.endsAt')}
                  value={slot.endsAt}
                  onChange={(e) => {
                    const endsAt = e.currentTarget.value;
                    setSlots((all) => all.map((s, j) => (j === i ? { ...s, endsAt } : s)));
                  }}
                  error={errors[`slots.${i}.endsAt`]}
                />
                <NumberInput
                  label={t('events.fields.capacity')}
                  min={0}
                  w={100}
                  value={slot.capacity}
                  onChange={(capacity) => setSlots((all) => all.map((s, j) => (j === i ? { ...s, capacity } : s)))}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('events.removeSlot')}
                  onClick={() => setSlots((all) => all.filter((_, j) => j !== i))}
                  mb={4}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setSlots((all) => [...all, emptySlot()])}
              w="fit-content"
            >
              {t('events.addSlot')}
            </Button>
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('events.fields.attendanceMode')}
            data={options(ATTENDANCE_MODES, 'events.attendanceModes')}
            value={values.attendanceMode}
            onChange={(v) => v && set('attendanceMode', v as typeof values.attendanceMode)}
            allowDeselect={false}
          />
          <TextInput
            label={t('events.fields.onlineUrl')}
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl', e.currentTarget.value)}
            error={errors.onlineUrl}
          />
          <Select
            label={t('events.fields.registrationMode')}
            data={options(REGISTRATION_MODES, 'events.registrationModes')}
            value={values.registrationMode}
            onChange={(v) => v && set('registrationMode', v as typeof values.registrationMode)}
            allowDeselect={false}
          />
          <TextInput
            label={t('events.fields.registrationUrl')}
            value={values.registrationUrl}
            onChange={(e) => set('registrationUrl', e.currentTarget.value)}
            error={errors.registrationUrl}
          />
          <NumberInput
            label={t('events.fields.ageMin')}
            min={0}
            max={120}
            value={values.ageMin}
            onChange={(v) => set('ageMin', v)}
            error={errors.ageMin}
          />
          <NumberInput
            label={t('events.fields.ageMax')}
            min={0}
            max={120}
            value={values.ageMax}
            onChange={(v) => set('ageMax', v)}
            error={errors.ageMax}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('events.fields.publics')}
          data={vocabularyOptions(t).publics}
          value={values.publics}
          onChange={(v) => set('publics', v as typeof values.publics)}
        />
        <MultiSelect
          label={t('events.fields.accessibility')}
          data={options(ACCESSIBILITY_NEEDS, 'events.accessibilityNeeds')}
          value={values.accessibility}
          onChange={(v) => set('accessibility', v as typeof values.accessibility)}
        />
        <Textarea
          label={t('events.fields.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending || update.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
