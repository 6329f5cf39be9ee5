import { Anchor, Group, NativeSelect, Pagination, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { organisationPath } from '../../../app/paths.ts';
import { ListTable, type SortableColumn } from '../../../components/ui/list-table.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { parisToday } from '../../../lib/paris-time.ts';
import { organisationQueryOptions } from '../../organisations/api/organisations.ts';
import { type Sector, SectorBadge } from '../../organisations/components/sector-badge.tsx';
import { PAGE_SIZES, type PartnersView, type SortColumn } from './partners-view.ts';
import { StageBadge } from './stage-badge.tsx';

interface PartnersTableProps {
  structureName: string;
  items: Partnership[];
  total: number;
  view: PartnersView;
  ownerNames: Map<string, string>;
  onViewChange: (patch: Partial<PartnersView>) => void;
}

/**
 * The list carries the organisation's name only; its sector comes from the organisation itself,
 * read once per row and cached (the organisation page then opens at once).
 */
function useSectors(items: Partnership[]): Map<string, Sector | null | undefined> {
  const results = useQueries({ queries: items.map((item) => organisationQueryOptions(item.organisationId)) });
  // undefined while loading; null when the organisation could not be read.
  return new Map(items.map((item, index) => [item.organisationId, results[index]?.isError ? null : results[index]?.data?.sector]));
}

function SectorCell({ sector }: { sector: Sector | null | undefined }) {
  const { t } = useTranslation();
  if (sector === undefined) return <Skeleton height={18} width={80} />;
  return sector === null ? t('common.notProvided') : <SectorBadge sector={sector} />;
}

function PartnerRow({ item, sector, owner }: { item: Partnership; sector: Sector | null | undefined; owner: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={organisationPath(item.organisationId)}>
          {item.organisation.name}
        </Anchor>
      </Table.Th>
      <Table.Td>
        <StageBadge stage={item.stage} size="sm" />
      </Table.Td>
      <Table.Td>
        <SectorCell sector={sector} />
      </Table.Td>
      <Table.Td>
        {item.engagements.length === 0 ? t('common.notProvided') : item.engagements.map((e) => t(`engagements.${e}`)).join(', ')}
      </Table.Td>
      <Table.Td>{owner}</Table.Td>
      <Table.Td>
        {item.nextStepOn === null && item.nextStep === null ? (
          t('common.notProvided')
        ) : (
          <>
            {item.nextStepOn !== null && <time dateTime={item.nextStepOn}>{formatDate(item.nextStepOn, i18n.language)}</time>}
            {item.nextStep !== null && (
              <Text size="sm" c="dimmed" lineClamp={1}>
                {item.nextStep}
              </Text>
            )}
          </>
        )}
      </Table.Td>
      <Table.Td>
        <time dateTime={item.updatedAt}>{formatDate(parisToday(new Date(item.updatedAt)), i18n.language)}</time>
      </Table.Td>
    </Table.Tr>
  );
}

export function PartnersTable({ structureName, items, total, view, ownerNames, onViewChange }: PartnersTableProps) {
  const { t } = useTranslation();
  const sectors = useSectors(items);
  const sortable = (column: SortColumn, label: string): SortableColumn => {
    const current = view.sort?.column === column ? view.sort : null;
    return {
      label,
      sort: current === null ? 'none' : current.descending ? 'descending' : 'ascending',
      // A first click sorts ascending, a second reverses.
      onSort: () => onViewChange({ sort: { column, descending: current !== null && !current.descending }, page: 1 }),
    };
  };
  const pages = Math.max(1, Math.ceil(total / view.pageSize));
  const first = total === 0 ? 0 : (view.page - 1) * view.pageSize + 1;
  const last = Math.min(total, view.page * view.pageSize);

  return (
    <Stack gap="sm">
      <ListTable
        caption={t('partners.caption', { structure: structureName, total })}
        minWidth={960}
        columns={[
          sortable('organisation', t('partners.columns.organisation')),
          sortable('etape', t('partners.columns.stage')),
          t('partners.columns.sector'),
          t('partners.columns.engagements'),
          t('partners.columns.owner'),
          sortable('prochaine-etape', t('partners.columns.nextStep')),
          sortable('mise-a-jour', t('partners.columns.updatedAt')),
        ]}
      >
        {items.map((item) => (
          <PartnerRow
            key={item.id}
            item={item}
            sector={sectors.get(item.organisationId)}
            owner={item.ownerId === null ? t('partners.noOwner') : (ownerNames.get(item.ownerId) ?? t('partners.unknownPerson'))}
          />
        ))}
      </ListTable>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('partners.range', { first, last, total })}
        </Text>
        <Group gap="sm">
          <NativeSelect
            aria-label={t('partners.pageSize')}
            data={PAGE_SIZES.map((size) => ({ value: String(size), label: t('partners.perPage', { count: size }) }))}
            value={String(view.pageSize)}
            onChange={(event) => onViewChange({ pageSize: Number(event.currentTarget.value), page: 1 })}
            size="sm"
          />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={Math.min(view.page, pages)}
              onChange={(page) => onViewChange({ page })}
              aria-label={t('partners.pagination')}
              getItemProps={(page) => ({ 'aria-label': t('partners.goToPage', { page }) })}
              getControlProps={(control) => ({ 'aria-label': t(`partners.pageControls.${control}`) })}
              size="sm"
            />
          )}
        </Group>
      </Group>
    </Stack>
  );
}
