import { AppShell, Center, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { QueryError } from '../../components/ui/query-error.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/ui/skip-link.tsx';
import { meQueryOptions } from '../../features/accounts/api/me.ts';
import { CurrentStructureProvider } from '../../features/structures/components/current-structure-provider.tsx';
import { isApiError } from '../../lib/api-error.ts';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';
import { ShellSkeleton } from './shell-skeleton.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { pathname } = useLocation();
  const me = useQuery(meQueryOptions);

  // On a phone the navigation covers the page: close it once a link has been followed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose
  useEffect(closeNav, [pathname]);

  // A 401 already sent the browser to the sign-in page; keep the skeleton until it gets there.
  if (me.isPending || (isApiError(me.error) && me.error.status === 401)) return <ShellSkeleton />;
  if (me.isError) {
    return (
      <Container size="sm" py="xl" component="main">
        <Center>
          <QueryError error={me.error} onRetry={() => void me.refetch()} />
        </Center>
      </Container>
    );
  }

  return (
    <CurrentStructureProvider>
      <SkipLink />
      <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggleNav} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </CurrentStructureProvider>
  );
}
