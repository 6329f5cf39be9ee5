import { Box, Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserMenu } from '../../features/accounts/components/user-menu.tsx';
import { GlobalSearch } from '../../features/search/components/global-search.tsx';
import { StructureSwitcher } from '../../features/structures/components/structure-switcher.tsx';
import { LanguageSwitch } from './language-switch.tsx';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('nav.close') : t('nav.open')}
          aria-expanded={navOpened}
        />
        <Text component={Link} to="/" fw={700} fz="lg" c="teal.8" td="none" visibleFrom="xs">
          {t('app.name')}
        </Text>
      </Group>
      <Box flex={1} maw={420} miw={0}>
        <GlobalSearch />
      </Box>
      <Group gap="sm" wrap="nowrap">
        <StructureSwitcher visibleFrom="sm" />
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
