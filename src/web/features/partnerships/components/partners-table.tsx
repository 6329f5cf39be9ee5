import { Anchor, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { organisationPath } from '../../../app/paths.ts';
import { ListTable, type SortableColumn } from '../../../components/ui/list-table.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { parisToday } from '../../../lib/paris-time.ts';
import { SectorBadge } from '../../organisations/components/sector-badge.tsx';
import { DormantBadge } from './dormant-badge.tsx';
import { PAGE_SIZES, type PartnersView, type SortColumn } from './partners-view.ts';
import { StageBadge } from './stage-badge.tsx';

interface PartnersTableProps {
  structureName: string;
  items: Partnership[];
  total: number;
  view: PartnersView;
  ownerNames: Map<string, string>;
  onViewChange: (patch: Partial<PartnersView>) => void;
  /** Absent for people who may only read: no boxes to tick. */
  selection?: PartnershipsTableSelection;
}

export interface PartnershipsTableSelection {
  selected: Set<string>;
  onToggle: (id: string) => void;
}

/** Each row carries its organisation's summary (sector, place, tags): no request per row. */
function PartnerRow({ item, owner, selection }: { item: Partnership; owner: string; selection?: PartnershipsTableSelection }) {
  const { t, i18n } = useTranslation();
  const place = [item.organisation.postcode, item.organisation.city].filter(Boolean).join(' ');
  return (
    <Table.Tr bg={selection?.selected.has(item.id) ? 'var(--mantine-color-gray-0)' : undefined}>
      <Table.Th scope="row" fw={500}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {selection !== undefined && (
            <Checkbox
              mt={2}
              aria-label={t('partnerLists.bulk.selectOne', { name: item.organisation.name })}
              checked={selection.selected.has(item.id)}
              onChange={() => selection.onToggle(item.id)}
            />
          )}
          <Stack gap={2}>
            <Group gap={6}>
              <Anchor component={Link} to={organisationPath(item.organisationId)}>
                {item.organisation.name}
              </Anchor>
              <DormantBadge partnership={item} size="xs" />
            </Group>
            {place !== '' && (
              <Text size="xs" c="dimmed" fw={400}>
                {place}
              </Text>
            )}
          </Stack>
        </Group>
      </Table.Th>
      <Table.Td>
        <StageBadge stage={item.stage} size="sm" />
      </Table.Td>
      <Table.Td>
        <SectorBadge sector={item.organisation.sector} />
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

export function PartnersTable({ structureName, items, total, view, ownerNames, onViewChange, selection }: PartnersTableProps) {
  const { t } = useTranslation();
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
            selection={selection}
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
