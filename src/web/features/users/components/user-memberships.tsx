import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../../contracts/users.ts';
import { RoleBadge } from '../../../components/ui/role-badge.tsx';
import { useStructureNames } from '../../structures/components/use-structure-names.ts';

export function UserMemberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const names = useStructureNames();
  if (memberships.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('users.noMembership')}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {memberships.map((membership) => (
        <RoleBadge
          key={membership.id}
          role={membership.role}
          structureName={names.get(membership.structureId) ?? t('structures.unknown')}
        />
      ))}
    </Group>
  );
}
