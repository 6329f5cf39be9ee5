import { Button, Group, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { usersQueryOptions } from '../api/users.ts';
import { AddUserDrawer } from './add-user-drawer.tsx';
import { UserMemberships } from './user-memberships.tsx';

function UsersList({ addButton }: { addButton: ReactNode }) {
  const { t } = useTranslation();
  const users = useQuery(usersQueryOptions());
  if (users.isPending) return <TableSkeleton />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => void users.refetch()} />;
  if (users.data.length === 0) {
    return <EmptyBlock title={t('users.emptyTitle')} description={t('users.emptyText')} action={addButton} />;
  }
  return (
    <>
      <Group justify="flex-end" mb="sm">
        {addButton}
      </Group>
      <ListTable
        caption={t('users.caption', { total: users.data.length })}
        columns={[t('fields.name'), t('fields.email'), t('users.memberships')]}
      >
        {users.data.map((user) => (
          <Table.Tr key={user.id}>
            <Table.Th scope="row" fw={500}>
              {user.name}
            </Table.Th>
            <Table.Td>{user.email}</Table.Td>
            <Table.Td>
              <UserMemberships memberships={user.memberships} />
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </>
  );
}

export function UsersPanel() {
  const { t } = useTranslation();
  const [drawerOpened, drawer] = useDisclosure(false);
  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('users.add')}
    </Button>
  );
  return (
    <>
      <UsersList addButton={addButton} />
      <AddUserDrawer opened={drawerOpened} onClose={drawer.close} />
    </>
  );
}
