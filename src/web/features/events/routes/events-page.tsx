import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconBulb, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVENT_FORMATS, EVENT_STATUSES } from '../../../../contracts/vocabulary.ts';
import { IDEAS_PATH } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { parisToday } from '../../../lib/paris-time.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { type EventFilters, eventsInRangeQueryOptions } from '../api/events.ts';
import { type CalendarView, shiftAnchor, visibleDays } from '../components/calendar-days.ts';
import { EventCalendar } from '../components/event-calendar.tsx';
import { EventFormDrawer } from '../components/event-form-drawer.tsx';
import { EventsExportMenu } from '../components/events-export-menu.tsx';
import { NextEventHint } from '../components/next-event-hint.tsx';
import { OpenAgendaMenu } from '../components/openagenda-menu.tsx';

/** The programme's calendar (month, week, list) with its filters, and the way to a new event. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(parisToday());
  const [filters, setFilters] = useState<EventFilters>({});
  const [creating, setCreating] = useState(false);
  const days = visibleDays(view, anchor);
  const events = useQuery(eventsInRangeQueryOptions({ ...filters, structureId: structure?.id }, days[0]!, days.at(-1)!));
  const canWrite = structure !== null && role !== null && role !== 'observer';
  const period =
    view === 'week'
      ? `${days[0]!.split('-').reverse().join('/')} – ${days[6]!.split('-').reverse().join('/')}`
      : new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${anchor.slice(0, 7)}-15T12:00:00Z`),
        );
  const filter = (key: keyof EventFilters) => (value: string | null) => setFilters((f) => ({ ...f, [key]: value ?? undefined }));

  return (
    <Stack>
      <PageHeader
        title={t('events.title')}
        description={t('events.description')}
        actions={
          <Group gap="xs">
            <EventsExportMenu query={{ ...filters, structureId: structure?.id }} />
            {canWrite && <OpenAgendaMenu structureId={structure.id} />}
            <Button component={Link} to={IDEAS_PATH} variant="default" leftSection={<IconBulb size={16} aria-hidden />}>
              {t('events.ideasBoard')}
            </Button>
            {canWrite && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                {t('events.new')}
              </Button>
            )}
          </Group>
        }
      />
      <Group gap="xs" wrap="wrap" align="flex-end">
        <Select
          label={t('events.filters.status')}
          placeholder={t('events.filters.all')}
          data={EVENT_STATUSES.map((value) => ({ value, label: t(`events.statuses.${value}`) }))}
          value={filters.status ?? null}
          onChange={filter('status')}
          clearable
          w={160}
        />
        <Select
          label={t('events.filters.format')}
          placeholder={t('events.filters.all')}
          data={EVENT_FORMATS.map((value) => ({ value, label: t(`events.formats.${value}`) }))}
          value={filters.format ?? null}
          onChange={filter('format')}
          clearable
          w={170}
        />
        <Select
          label={t('events.filters.public')}
          placeholder={t('events.filters.all')}
          data={vocabularyOptions(t).publics}
          value={filters.public ?? null}
          onChange={filter('public')}
          clearable
          w={190}
        />
      </Group>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap={4}>
          <ActionIcon variant="default" aria-label={t('events.previous')} onClick={() => setAnchor(shiftAnchor(view, anchor, -1))}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" size="xs" onClick={() => setAnchor(parisToday())}>
            {t('events.today')}
          </Button>
          <ActionIcon variant="default" aria-label={t('events.next')} onClick={() => setAnchor(shiftAnchor(view, anchor, 1))}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Text fw={600} ml="xs" tt="capitalize" aria-live="polite">
            {period}
          </Text>
        </Group>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as CalendarView)}
          data={(['month', 'week', 'list'] as const).map((value) => ({ value, label: t(`events.views.${value}`) }))}
        />
      </Group>
      {events.isError ? (
        <QueryError error={events.error} onRetry={() => events.refetch()} />
      ) : (
        <EventCalendar view={view} anchor={anchor} events={events.data?.items ?? []} />
      )}
      {events.isSuccess && events.data.items.length === 0 && !events.isPlaceholderData && (
        <NextEventHint filters={{ ...filters, structureId: structure?.id }} after={days.at(-1)!} onGo={setAnchor} />
      )}
      {creating && structure !== null && <EventFormDrawer structureId={structure.id} event={null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
