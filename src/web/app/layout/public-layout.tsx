import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/ui/skip-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** Sign-in and password pages: no navigation, phone first. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0">
      <SkipLink />
      <Box component="header" py="sm" px="md">
        <Group justify="space-between" maw={480} mx="auto">
          <Text fw={700} fz="lg" c="teal.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={480} px="md" py="lg">
        <Paper withBorder shadow="xs" p={{ base: 'md', xs: 'xl' }} radius="md">
          <Outlet />
        </Paper>
        <Text c="dimmed" size="xs" ta="center" mt="md">
          {t('app.tagline')}
        </Text>
      </Container>
    </Box>
  );
}
