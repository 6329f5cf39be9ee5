import { AppShell, Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The shell's own shape while /me loads, instead of a spinner in the middle of a blank page. */
export function ShellSkeleton() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: true } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Skeleton height={24} width={120} />
          <Skeleton height={32} width={32} circle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <Stack gap="xs">
          {Array.from({ length: 10 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={index} height={32} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} width="40%" mb="lg" />
        <Skeleton height={160} />
      </AppShell.Main>
    </AppShell>
  );
}
