import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicEvent } from '../../../../contracts/public-agenda.ts';
import { publicEventPath } from '../../../app/paths.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { SeatsBadge } from './seats-badge.tsx';

/** One event of the agenda: its next slot, where, for whom, and whether seats are left. */
export function PublicEventCard({ event, compact = false }: { event: PublicEvent; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const next = event.slots[0];
  const place = event.venue
    ? [event.venue.name, event.venue.city].filter(Boolean).join(', ')
    : t(`events.attendanceModes.${event.attendanceMode}`);
  return (
    <Card withBorder radius="md" padding={compact ? 'sm' : 'md'} component="article">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{t(`events.formats.${event.format}`)}</Badge>
          {event.status === 'cancelled' && <Badge color="red">{t('publicAgenda.cancelled')}</Badge>}
          {event.status === 'postponed' && <Badge color="orange">{t('publicAgenda.postponed')}</Badge>}
          {next && event.registrationMode === 'internal' && <SeatsBadge seatsLeft={next.seatsLeft} />}
        </Group>
        {compact ? (
          <Anchor href={publicEventPath(event.id)} target="_blank" rel="noopener" fw={700} c="dark" style={{ overflowWrap: 'anywhere' }}>
            {event.title}
          </Anchor>
        ) : (
          <Anchor component={Link} to={publicEventPath(event.id)} fw={700} fz="lg" c="dark" style={{ overflowWrap: 'anywhere' }}>
            {event.title}
          </Anchor>
        )}
        {next && (
          <Text size="sm" fw={500}>
            {formatDateTime(next.startsAt, i18n.language)}
            {event.slots.length > 1 && ` · ${t('publicAgenda.moreSlots', { count: event.slots.length - 1 })}`}
          </Text>
        )}
        <Group gap={4} wrap="nowrap" c="dimmed">
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {place}
          </Text>
        </Group>
        {!compact && event.publics.length > 0 && (
          <Text size="sm" c="dimmed">
            {event.publics.map((p) => t(`publics.${p}`)).join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
