import { Anchor, Box, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '../../../../contracts/events.ts';
import { eventPath } from '../../../app/paths.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { parisLocal, parisToday } from '../../../lib/paris-time.ts';
import { type CalendarView, entriesByDay, visibleDays } from './calendar-days.ts';
import { EventStatusBadge } from './status-badge.tsx';

const time = (iso: string) => parisLocal(new Date(iso)).slice(11, 16);
const MONTH_CELL_ITEMS = 3;

/** A month grid (Monday first), a week or a month as a list by day; times in Paris. */
export function EventCalendar({ view, anchor, events }: { view: CalendarView; anchor: string; events: Event[] }) {
  const { t, i18n } = useTranslation();
  const byDay = entriesByDay(events);
  const days = visibleDays(view, anchor);
  const today = parisToday();

  if (view === 'month') {
    const weekdays = days
      .slice(0, 7)
      .map((day) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)));
    return (
      <Box>
        <SimpleGrid cols={7} spacing={2} verticalSpacing={2}>
          {weekdays.map((name) => (
            <Text key={name} size="xs" fw={600} ta="center" c="dimmed">
              {name}
            </Text>
          ))}
          {days.map((day) => {
            const entries = byDay.get(day) ?? [];
            const outside = day.slice(0, 7) !== anchor.slice(0, 7);
            return (
              <Paper
                key={day}
                withBorder
                p={4}
                mih={92}
                bg={day === today ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ opacity: outside ? 0.55 : 1, overflow: 'hidden' }}
              >
                <Text size="xs" fw={700}>
                  {Number(day.slice(8))}
                </Text>
                <Stack gap={2}>
                  {entries.slice(0, MONTH_CELL_ITEMS).map(({ event, slot }) => (
                    <Anchor key={slot.id} component={Link} to={eventPath(event.id)} size="xs" lineClamp={2} title={event.title}>
                      {time(slot.startsAt)} {event.title}
                    </Anchor>
                  ))}
                  {entries.length > MONTH_CELL_ITEMS && (
                    <Text size="xs" c="dimmed">
                      {t('events.more', { count: entries.length - MONTH_CELL_ITEMS })}
                    </Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      </Box>
    );
  }

  const shown = view === 'week' ? days : days.filter((day) => byDay.has(day));
  if (shown.every((day) => !byDay.has(day))) return <Text c="dimmed">{t('events.empty')}</Text>;
  return (
    <Stack gap="sm">
      {shown.map((day) => (
        <Box key={day}>
          <Text fw={700} size="sm" c={day === today ? 'blue' : undefined}>
            {formatDate(day, i18n.language)}
          </Text>
          {(byDay.get(day) ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
          <Stack gap={4}>
            {(byDay.get(day) ?? []).map(({ event, slot }) => (
              <UnstyledButton key={slot.id} component={Link} to={eventPath(event.id)}>
                <Paper withBorder p="xs">
                  <Text size="sm" fw={600}>
                    {time(slot.startsAt)}–{time(slot.endsAt)} · {event.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`events.formats.${event.format}`)}
                    {event.venue ? ` · ${event.venue.name}` : ''}
                  </Text>
                  <EventStatusBadge status={event.status} />
                </Paper>
              </UnstyledButton>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
