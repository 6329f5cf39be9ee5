import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../../contracts/structures.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { usersQueryOptions } from '../../users/api/users.ts';
import { membershipsQueryOptions } from '../api/memberships.ts';
import { AddMemberDrawer } from './add-member-drawer.tsx';
import { MemberRow } from './member-row.tsx';

/** The "Membres" tab of a structure: who belongs to it, with which role. */
export function MembersPanel({ structure }: { structure: Structure }) {
  const { t } = useTranslation();
  const memberships = useQuery(membershipsQueryOptions(structure.id));
  // Memberships carry a user id only; the users list gives the names, and the candidates to add.
  const users = useQuery(usersQueryOptions());
  const [drawerOpened, drawer] = useDisclosure(false);

  if (memberships.isPending || users.isPending) return <TableSkeleton rows={3} />;
  if (memberships.isError) return <QueryError error={memberships.error} onRetry={() => void memberships.refetch()} />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => void users.refetch()} />;

  const usersById = new Map(users.data.map((user) => [user.id, user]));
  const memberIds = new Set(memberships.data.map((membership) => membership.userId));
  const candidates = users.data.filter((user) => !memberIds.has(user.id));
  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('members.add')}
    </Button>
  );

  return (
    <>
      {memberships.data.length === 0 ? (
        <EmptyBlock title={t('members.emptyTitle')} description={t('members.emptyText')} action={addButton} />
      ) : (
        <>
          <Group justify="flex-end" mb="sm">
            {addButton}
          </Group>
          <ListTable
            caption={t('members.caption', { structure: structure.name, total: memberships.data.length })}
            columns={[t('members.person'), t('fields.role'), t('members.actions')]}
            minWidth={560}
          >
            {memberships.data.map((membership) => (
              <MemberRow
                key={membership.id}
                membership={membership}
                user={usersById.get(membership.userId)}
                structureName={structure.name}
              />
            ))}
          </ListTable>
        </>
      )}
      <AddMemberDrawer opened={drawerOpened} onClose={drawer.close} structure={structure} candidates={candidates} />
    </>
  );
}
