import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarCheck, IconCopy, IconLayoutKanban, IconPlus, IconTable } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DUPLICATES_PATH, MY_DAY_PATH, PARTNERS_PATH } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { ImportExportActions } from '../../imports/components/import-export-actions.tsx';
import { type Member, useStructureMembers } from '../../memberships/api/structure-members.ts';
import { SavedViewsMenu } from '../../saved-views/components/saved-views-menu.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { partnershipsQueryOptions } from '../api/partnerships.ts';
import { AddPartnerDrawer } from '../components/add-partner-drawer.tsx';
import { PartnersBoard } from '../components/partners-board.tsx';
import { PartnersBulkBar } from '../components/partners-bulk-bar.tsx';
import { PartnersFilters } from '../components/partners-filters.tsx';
import { PartnersTable } from '../components/partners-table.tsx';
import { hasFilters, type PartnersView, tableQuery, viewToParams } from '../components/partners-view.ts';
import { usePartnersView } from '../components/use-partners-view.ts';

interface ViewProps {
  structure: { id: string; name: string };
  view: PartnersView;
  update: (patch: Partial<PartnersView>) => void;
  ownerNames: Map<string, string>;
  members: Member[];
  canWrite: boolean;
  emptyState: ReactNode;
}

function TableView({ structure, view, update, ownerNames, members, canWrite, emptyState }: ViewProps) {
  const { t } = useTranslation();
  const query = tableQuery(view, structure.id);
  const list = useQuery(partnershipsQueryOptions(query));
  // The selection is of the page on screen: another page or other filters start a new one.
  const queryKey = JSON.stringify(query);
  const [selection, setSelection] = useState<{ of: string; ids: Set<string> }>({ of: queryKey, ids: new Set() });
  const selected = selection.of === queryKey ? selection.ids : new Set<string>();
  const setSelected = (ids: Set<string>) => setSelection({ of: queryKey, ids });
  if (list.isPending) return <TableSkeleton rows={8} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.total === 0) {
    if (!hasFilters(view.filters)) return emptyState;
    return (
      <EmptyBlock
        title={t('partners.noMatchTitle')}
        description={t('partners.noMatchText')}
        action={<Button onClick={() => update({ filters: {}, page: 1 })}>{t('partners.filters.clear')}</Button>}
      />
    );
  }
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  return (
    <>
      {canWrite && (
        <PartnersBulkBar pageIds={list.data.items.map((item) => item.id)} selected={selected} onSelect={setSelected} members={members} />
      )}
      <PartnersTable
        structureName={structure.name}
        items={list.data.items}
        total={list.data.total}
        view={view}
        ownerNames={ownerNames}
        onViewChange={update}
        selection={canWrite ? { selected, onToggle: toggle } : undefined}
      />
    </>
  );
}

function BoardView({ structure, view, ownerNames, canWrite, emptyState }: ViewProps) {
  // Whether the structure follows anyone at all decides between the board and the empty state.
  const any = useQuery(partnershipsQueryOptions({ structureId: structure.id, pageSize: '1' }));
  if (any.isPending) return <TableSkeleton rows={4} />;
  if (any.isError) return <QueryError error={any.error} onRetry={() => void any.refetch()} />;
  if (any.data.total === 0) return emptyState;
  const stageListHref = (stage: string) =>
    `${PARTNERS_PATH}?${viewToParams({ ...view, board: false, page: 1, filters: { ...view.filters, stage } }).toString()}`;
  return (
    <PartnersBoard
      structureId={structure.id}
      filters={view.filters}
      ownerNames={ownerNames}
      canWrite={canWrite}
      stageListHref={stageListHref}
    />
  );
}

export function PartnersPage() {
  const { t } = useTranslation();
  const { structure, role, isLoading } = useCurrentStructure();
  const { view, update, setFilters, applyQuery } = usePartnersView();
  const { members } = useStructureMembers(structure?.id);
  const ownerNames = useMemo(() => new Map(members.map((member) => [member.id, member.name])), [members]);
  const [drawerOpened, drawer] = useDisclosure(false);
  const canWrite = role !== null && role !== 'observer';

  const header = (
    <PageHeader
      title={t('nav.partners')}
      description={structure === null ? undefined : t('partners.description', { structure: structure.name })}
      actions={
        <Group gap="sm">
          {/* The list's "Exporter" menu takes its place here, before the other actions. */}
          <Button component={Link} to={MY_DAY_PATH} variant="default" leftSection={<IconCalendarCheck size={18} aria-hidden />}>
            {t('myDay.title')}
          </Button>
          <Button component={Link} to={DUPLICATES_PATH} variant="default" leftSection={<IconCopy size={18} aria-hidden />}>
            {t('duplicates.title')}
          </Button>
          {structure !== null && <ImportExportActions query={tableQuery(view, structure.id)} canImport={canWrite} />}
          {canWrite && structure !== null && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={drawer.open}>
              {t('partners.add.button')}
            </Button>
          )}
        </Group>
      }
    />
  );
  if (isLoading) return <TableSkeleton rows={8} />;
  if (structure === null) {
    return (
      <>
        {header}
        <EmptyBlock title={t('dashboard.noStructureTitle')} description={t('dashboard.noStructure')} />
      </>
    );
  }

  const emptyState = (
    <EmptyBlock
      title={t('partners.emptyTitle')}
      description={t('partners.emptyText')}
      action={canWrite ? <Button onClick={drawer.open}>{t('partners.add.button')}</Button> : undefined}
    />
  );
  const props: ViewProps = { structure, view, update, ownerNames, members, canWrite, emptyState };
  return (
    <Stack gap={0}>
      {header}
      <Group justify="space-between" gap="sm" mb="md">
        <SegmentedControl
          aria-label={t('partners.viewLabel')}
          value={view.board ? 'board' : 'table'}
          onChange={(value) => update({ board: value === 'board' })}
          data={[
            { value: 'table', label: <ViewLabel icon={<IconTable size={16} aria-hidden />} text={t('partners.views.table')} /> },
            { value: 'board', label: <ViewLabel icon={<IconLayoutKanban size={16} aria-hidden />} text={t('partners.views.board')} /> },
          ]}
          w="fit-content"
        />
        <SavedViewsMenu page="partnerships" currentQuery={viewToParams(view).toString()} onApply={applyQuery} />
      </Group>
      <PartnersFilters filters={view.filters} onChange={setFilters} members={members} withStage={!view.board} />
      {view.board ? <BoardView {...props} /> : <TableView {...props} />}
      {canWrite && <AddPartnerDrawer opened={drawerOpened} onClose={drawer.close} structure={structure} members={members} />}
    </Stack>
  );
}

function ViewLabel({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Group gap={6} wrap="nowrap" component="span">
      {icon}
      {text}
    </Group>
  );
}
