import { Anchor, Button, Group, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Structure } from '../../../../contracts/structures.ts';
import { structurePath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { structuresQueryOptions } from '../api/structures.ts';
import { CreateStructureDrawer } from './create-structure-drawer.tsx';

function StructureRow({ structure }: { structure: Structure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const path = structurePath(structure.id);
  return (
    // The whole row opens the record for a mouse; the name link does it for a keyboard.
    <Table.Tr onClick={() => void navigate(path)} style={{ cursor: 'pointer' }}>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={path} onClick={(event) => event.stopPropagation()}>
          {structure.name}
        </Anchor>
      </Table.Th>
      <Table.Td>{structure.code}</Table.Td>
      <Table.Td>{t(`kinds.${structure.kind}`)}</Table.Td>
      <Table.Td>{structure.departement ?? t('common.notProvided')}</Table.Td>
      <Table.Td>{structure.city ?? t('common.notProvided')}</Table.Td>
    </Table.Tr>
  );
}

function StructuresList({ addButton }: { addButton: ReactNode }) {
  const { t } = useTranslation();
  const structures = useQuery(structuresQueryOptions());
  if (structures.isPending) return <TableSkeleton />;
  if (structures.isError) return <QueryError error={structures.error} onRetry={() => void structures.refetch()} />;
  if (structures.data.length === 0) {
    return <EmptyBlock title={t('structures.emptyTitle')} description={t('structures.emptyText')} action={addButton} />;
  }
  return (
    <>
      {addButton !== null && (
        <Group justify="flex-end" mb="sm">
          {addButton}
        </Group>
      )}
      <ListTable
        caption={t('structures.caption', { total: structures.data.length })}
        columns={[t('fields.name'), t('fields.code'), t('fields.kind'), t('fields.departement'), t('fields.city')]}
      >
        {structures.data.map((structure) => (
          <StructureRow key={structure.id} structure={structure} />
        ))}
      </ListTable>
    </>
  );
}

export function StructuresPanel() {
  const { t } = useTranslation();
  const { isCoordinator } = useMe();
  const [drawerOpened, drawer] = useDisclosure(false);
  // Only the coordination creates structures; the server refuses anyone else anyway.
  const addButton = isCoordinator ? (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('structures.add')}
    </Button>
  ) : null;
  return (
    <>
      <StructuresList addButton={addButton} />
      {isCoordinator && <CreateStructureDrawer opened={drawerOpened} onClose={drawer.close} />}
    </>
  );
}
