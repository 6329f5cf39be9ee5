import { AppShell, NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StructureSwitcher } from '../../features/structures/components/structure-switcher.tsx';
import { AREAS } from '../areas.ts';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function AppNavbar() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      {/* The header has no room for the switcher on a phone, so it moves into the menu. */}
      <AppShell.Section hiddenFrom="sm" mb="sm">
        <StructureSwitcher withLabel />
      </AppShell.Section>
      <AppShell.Section grow component={ScrollArea}>
        {AREAS.map(({ area, path, icon: Icon }) => {
          const active = isActive(pathname, path);
          return (
            <NavLink
              key={area}
              component={Link}
              to={path}
              label={t(`nav.${area}`)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
            />
          );
        })}
      </AppShell.Section>
    </>
  );
}
