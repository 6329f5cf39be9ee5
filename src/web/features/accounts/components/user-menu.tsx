import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useSignOut } from '../api/auth.ts';
import { useMe } from '../api/me.ts';
import { ChangePasswordModal } from './change-password-modal.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useMe();
  const signOut = useSignOut();
  const [passwordOpened, passwordModal] = useDisclosure(false);

  // The sign-in page replaces this menu at once, so the outcome is told by notification.
  const onSignOut = () => signOut.mutateAsync().then(() => notifySuccess(t('userMenu.signedOut')), notifyError);

  return (
    <>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu.label', { name: user.name })}>
            <Group gap={6} wrap="nowrap">
              {/* No initials: the button's name must contain any text it shows (WCAG 2.5.3). */}
              <Avatar color="teal" size={32}>
                <IconUser size={18} aria-hidden />
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="md">
                {user.name}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {user.name}
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={passwordModal.open}>
            {t('userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut}>
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
    </>
  );
}
