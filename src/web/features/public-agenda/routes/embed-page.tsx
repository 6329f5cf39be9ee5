import { Anchor, Box, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AGENDA_PATH } from '../../../app/paths.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { publicEventsQueryOptions } from '../api/public-agenda.ts';
import { PublicEventCard } from '../components/public-event-card.tsx';

/**
 * The agenda in a partner's iframe (`<iframe src=".../agenda/embed?departement=93">`): a compact list,
 * each event opening its page in a new tab. `departement`, `public`, `format` and `nombre` narrow it.
 */
export function EmbedPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicAgenda.title'));
  const [params] = useSearchParams();
  const pick = (key: string) => params.get(key) || undefined;
  const size = Math.min(50, Math.max(1, Number(params.get('nombre')) || 10));
  const list = useQuery(
    publicEventsQueryOptions({ departement: pick('departement'), public: pick('public'), format: pick('format'), pageSize: String(size) }),
  );
  return (
    <Box component="main" p="xs" bg="white" mih="100dvh">
      <Stack gap="xs">
        {list.isError && <Text c="red">{t('errors.loadFailed')}</Text>}
        {list.data?.items.length === 0 && <Text c="dimmed">{t('publicAgenda.empty')}</Text>}
        {list.data?.items.map((event) => (
          <PublicEventCard key={event.id} event={event} compact />
        ))}
        <Anchor href={AGENDA_PATH} target="_blank" rel="noopener" size="sm">
          {t('publicAgenda.embedMore')}
        </Anchor>
      </Stack>
    </Box>
  );
}
