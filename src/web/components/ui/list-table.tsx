import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface SortableColumn {
  label: string;
  /** How the list is sorted on this column now; `none` when on another one. */
  sort: 'ascending' | 'descending' | 'none';
  onSort: () => void;
}

interface ListTableProps {
  /** Says what the table lists, for everyone and for screen readers moving between tables. */
  caption: string;
  /** Plain headers, or sortable ones that sort the list when activated. */
  columns: Array<string | SortableColumn>;
  /** Below this width the table scrolls sideways instead of squeezing its columns (phones). */
  minWidth?: number;
  /** The rows, each a Table.Tr whose first cell is a row header naming the item. */
  children: ReactNode;
}

const SORT_ICONS = { ascending: IconArrowUp, descending: IconArrowDown, none: IconArrowsSort } as const;

function HeaderCell({ column }: { column: string | SortableColumn }) {
  if (typeof column === 'string') return <Table.Th scope="col">{column}</Table.Th>;
  const Icon = SORT_ICONS[column.sort];
  return (
    // aria-sort tells screen readers the order; the button inside is what keyboards reach.
    <Table.Th scope="col" aria-sort={column.sort}>
      <UnstyledButton onClick={column.onSort} fw={700} fz="sm" style={{ whiteSpace: 'nowrap' }}>
        <Group gap={4} wrap="nowrap" component="span">
          {column.label}
          <Icon size={14} aria-hidden stroke={column.sort === 'none' ? 1.4 : 2.2} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function ListTable({ caption, columns, minWidth = 640, children }: ListTableProps) {
  return (
    // Native scrolling on the container itself, focusable so keyboard users can scroll it too.
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table stickyHeader highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <HeaderCell key={typeof column === 'string' ? column : column.label} column={column} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
