import { Badge, Box, Button, Center, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconMaximize } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { WallItem } from '../../../../contracts/contributions.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { createWallPoller } from '../api/public.ts';
import { JourneySvg } from '../components/journey-svg.tsx';

const POLL_MS = 15_000;
const ROTATE_MS = 10_000;

function WallCard({ item }: { item: WallItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" align="center" maw={1400} w="100%">
      <Badge size="xl" variant="filled" color="teal">
        {t(`participation.kinds.${item.kind}`)}
      </Badge>
      {item.photoUrl && (
        <Image
          src={item.photoUrl}
          alt={item.text ?? t('participation.wall.photoAlt', { author: item.authorName })}
          mah="50vh"
          fit="contain"
          radius="md"
        />
      )}
      {item.journey && <JourneySvg journey={item.journey} colour="#63e6be" backdrop="#2e2e2e" width="min(30vh, 60vw)" />}
      {item.text && (
        <Text component="blockquote" ta="center" fw={600} lh={1.25} style={{ fontSize: 'clamp(1.8rem, 4.2vw, 4.5rem)', margin: 0 }}>
          « {item.text} »
        </Text>
      )}
      <Text ta="center" c="gray.4" style={{ fontSize: 'clamp(1.1rem, 2vw, 2rem)' }}>
        {[item.authorName, item.groupName, item.moduleTitle].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

/** The screen in the exhibition: approved and selected contributions, in turn, refreshed by itself. */
export function WallPage() {
  const { t } = useTranslation();
  const { stopId = '' } = useParams();
  const poll = useMemo(() => createWallPoller(stopId), [stopId]);
  const wall = useQuery({
    queryKey: ['wall', stopId],
    queryFn: poll,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: true,
    retry: true,
  });
  const [index, setIndex] = useState(0);
  const count = wall.data?.items.length ?? 0;
  usePageTitle(t('participation.wall.title'));

  // A newly selected contribution shows at once, instead of waiting for its turn.
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const items = wall.data?.items;
    if (!items) return;
    const fresh = seen.current === null ? -1 : items.findIndex((entry) => !seen.current!.has(entry.id));
    seen.current = new Set(items.map((entry) => entry.id));
    if (fresh >= 0) setIndex(fresh);
  }, [wall.data]);

  useEffect(() => {
    if (count < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), ROTATE_MS);
    return () => clearInterval(timer);
  }, [count]);

  const item = count > 0 ? wall.data!.items[index % count] : undefined;
  return (
    <Box mih="100dvh" bg="dark.8" c="white" p={{ base: 'md', md: 'xl' }} style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" component="header">
        <Title order={1} size="h3" c="teal.3">
          {wall.data ? t('participation.wall.heading', { structure: wall.data.stop.structureName }) : t('participation.wall.title')}
        </Title>
        <Button
          variant="light"
          color="teal"
          leftSection={<IconMaximize size={18} aria-hidden />}
          onClick={() => void document.documentElement.requestFullscreen?.()}
        >
          {t('participation.wall.fullscreen')}
        </Button>
      </Group>
      <Center component="main" style={{ flex: 1 }} aria-live="polite">
        {wall.isError && !wall.data ? (
          <Text size="xl">{t('participation.wall.unavailable')}</Text>
        ) : item ? (
          <WallCard key={item.id} item={item} />
        ) : (
          <Text size="xl" c="gray.4">
            {wall.isPending ? t('participation.contribute.loading') : t('participation.wall.empty')}
          </Text>
        )}
      </Center>
      {count > 1 && (
        <Group justify="center" gap={8} aria-hidden>
          {wall.data!.items.map((entry, i) => (
            <Box key={entry.id} w={10} h={10} bg={i === index % count ? 'teal.4' : 'dark.4'} style={{ borderRadius: '50%' }} />
          ))}
        </Group>
      )}
    </Box>
  );
}
