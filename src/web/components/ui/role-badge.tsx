import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles.ts';

/** The role is written out in the badge: its colour only repeats what the text says. */
export function RoleBadge({ role, structureName }: { role: Role; structureName?: string }) {
  const { t } = useTranslation();
  const roleName = t(`roles.${role}`);
  return (
    <Badge variant={role === 'observer' ? 'outline' : 'light'} tt="none">
      {structureName === undefined ? roleName : `${structureName} · ${roleName}`}
    </Badge>
  );
}
