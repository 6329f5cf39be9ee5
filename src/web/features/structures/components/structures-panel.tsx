import { Anchor, Button, Group, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { structurePath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { structuresQueryOptions } from '../api/structures.ts';
import { CreateStructureDrawer } from './create-structure-drawer.tsx';

export function StructuresPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { isCoordinator } = useMe();
  const structures = useQuery(structuresQueryOptions());
  const [drawerOpened, drawer] = useDisclosure(false);

  // Only the coordination creates structures; the server refuses anyone else anyway.
  const addButton = isCoordinator ? (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('structures.add')}
    </Button>
  ) : undefined;

  if (structures.isPending) return <TableSkeleton />;
  if (structures.isError) return <QueryError error={structures.error} onRetry={() => void structures.refetch()} />;
  return (
    <>
      {structures.data.length === 0 ? (
        <EmptyBlock title={t('structures.emptyTitle')} description={t('structures.emptyText')} action={addButton} />
      ) : (
        <>
          {addButton !== undefined && (
            <Group justify="flex-end" mb="sm">
              {addButton}
            </Group>
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table stickyHeader highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t('structures.caption', { total: structures.data.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.code')}</Table.Th>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('fields.departement')}</Table.Th>
                  <Table.Th scope="col">{t('fields.city')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {structures.data.map((structure) => (
                  // The whole row opens the record for a mouse; the name link does it for a keyboard.
                  <Table.Tr key={structure.id} onClick={() => void navigate(structurePath(structure.id))} style={{ cursor: 'pointer' }}>
                    <Table.Td>{structure.code}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={structurePath(structure.id)} onClick={(event) => event.stopPropagation()}>
                        {structure.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(`kinds.${structure.kind}`)}</Table.Td>
                    <Table.Td>{structure.departement ?? '—'}</Table.Td>
                    <Table.Td>{structure.city ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {isCoordinator && <CreateStructureDrawer opened={drawerOpened} onClose={drawer.close} />}
    </>
  );
}
