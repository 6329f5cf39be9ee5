import { Anchor, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parisToday } from '../../../lib/paris-time.ts';
import { type EventFilters, nextEventQueryOptions } from '../api/events.ts';

type NextEventHintProps = { filters: EventFilters; after: string; onGo: (day: string) => void };

/** When the period shown holds no event, the way to the next one (the programme is often months ahead). */
export function NextEventHint({ filters, after, onGo }: NextEventHintProps) {
  const { t, i18n } = useTranslation();
  const next = useQuery(nextEventQueryOptions(filters, after));
  const startsAt = next.data?.slots[0]?.startsAt;
  if (!next.data || !startsAt) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(startsAt));
  return (
    <Text size="sm" c="dimmed">
      {t('events.nothingInPeriod')} {/* A link-like button: it wraps on a phone, where a Mantine Button's one line overflowed the page. */}
      <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onGo(parisToday(new Date(startsAt)))}>
        {t('events.nextEvent', { date, title: next.data.title })}{' '}
        <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
      </Anchor>
    </Text>
  );
}
