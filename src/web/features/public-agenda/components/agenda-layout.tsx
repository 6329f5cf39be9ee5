import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../../app/layout/language-switch.tsx';
import { AGENDA_PATH } from '../../../app/paths.ts';
import { MAIN_CONTENT_ID, SkipLink } from '../../../components/ui/skip-link.tsx';

/** The public agenda's pages: the programme's name, the language, the feeds; no navigation, no account. */
export function AgendaLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0">
      <SkipLink />
      <Box component="header" py="sm" px="md" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" maw={960} mx="auto" wrap="nowrap">
          <Anchor component={Link} to={AGENDA_PATH} underline="never" fw={700} fz="lg" c="teal.8">
            {t('publicAgenda.brand')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={960} px="md" py="lg">
        <Outlet />
      </Container>
      <Box component="footer" px="md" pb="lg">
        <Group justify="center" gap="md" maw={960} mx="auto">
          <Anchor href="/agenda.ics" size="sm">
            {t('publicAgenda.feeds.ics')}
          </Anchor>
          <Anchor href="/agenda.rss" size="sm">
            {t('publicAgenda.feeds.rss')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
        </Group>
      </Box>
    </Box>
  );
}
