import { Button, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserMinus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../contracts/roles.ts';
import type { Membership, User } from '../../../../contracts/users.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { notifyError, notifySuccess, notifyWithUndo } from '../../../lib/notify.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { restoreFromTrash } from '../../audit/api/trash.ts';
import { useDeleteMembership, useUpdateMembership } from '../api/memberships.ts';
import { roleOptions } from './role-options.ts';

interface MemberRowProps {
  membership: Membership;
  /** Missing when the users list does not include this person (deleted, or out of reach). */
  user: User | undefined;
  structureName: string;
}

export function MemberRow({ membership, user, structureName }: MemberRowProps) {
  const { t } = useTranslation();
  const { isCoordinator } = useMe();
  const queryClient = useQueryClient();
  const updateMembership = useUpdateMembership();
  const deleteMembership = useDeleteMembership();
  const [confirmOpened, confirm] = useDisclosure(false);
  const name = user?.name ?? t('members.unknownUser');

  const changeRole = (role: Role | null) => {
    if (role === null || role === membership.role) return;
    updateMembership.mutate(
      { id: membership.id, version: membership.version, role },
      {
        onSuccess: () => notifySuccess(t('members.roleChanged', { name, role: t(`roles.${role}`) })),
        onError: notifyError,
      },
    );
  };

  const undoRemove = () =>
    restoreFromTrash(queryClient, { entityType: 'membership', entityId: membership.id }).then(
      () => notifySuccess(t('members.restored', { name })),
      notifyError,
    );

  const remove = () =>
    deleteMembership.mutate(membership.id, {
      onSuccess: ({ trash }) => {
        confirm.close();
        const message = t('members.removed', { name, structure: structureName });
        if (trash) notifyWithUndo(message, undoRemove);
        else notifySuccess(message);
      },
      onError: notifyError,
    });

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {name}
        {user !== undefined && (
          <Text size="xs" c="dimmed" fw={400}>
            {user.email}
          </Text>
        )}
      </Table.Th>
      <Table.Td>
        <Select<Role>
          aria-label={t('members.roleOf', { name })}
          data={roleOptions(t, isCoordinator, membership.role)}
          value={membership.role}
          onChange={changeRole}
          allowDeselect={false}
          disabled={updateMembership.isPending}
          w={200}
        />
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          leftSection={<IconUserMinus size={16} aria-hidden />}
          aria-label={t('members.removeLabel', { name })}
          onClick={confirm.open}
        >
          {t('members.remove')}
        </Button>
        <ConfirmModal
          opened={confirmOpened}
          onClose={confirm.close}
          title={t('members.removeTitle', { name })}
          message={t('members.removeText', { name, structure: structureName })}
          confirmLabel={t('members.remove')}
          loading={deleteMembership.isPending}
          onConfirm={remove}
        />
      </Table.Td>
    </Table.Tr>
  );
}
