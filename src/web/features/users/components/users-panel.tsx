import { Button, Group, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { UserMemberships } from './user-memberships.tsx';
import { usersQueryOptions } from '../api/users.ts';
import { AddUserDrawer } from './add-user-drawer.tsx';

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useQuery(usersQueryOptions());
  const [drawerOpened, drawer] = useDisclosure(false);

  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('users.add')}
    </Button>
  );

  return (
    <>
      {users.isPending && <TableSkeleton />}
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && (
        <EmptyBlock title={t('users.emptyTitle')} description={t('users.emptyText')} action={addButton} />
      )}
      {users.data !== undefined && users.data.length > 0 && (
        <>
          <Group justify="flex-end" mb="sm">
            {addButton}
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table stickyHeader highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t('users.caption', { total: users.data.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('users.memberships')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <AddUserDrawer opened={drawerOpened} onClose={drawer.close} />
    </>
  );
}
