import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListTableProps {
  /** Says what the table lists, for everyone and for screen readers moving between tables. */
  caption: string;
  columns: string[];
  /** Below this width the table scrolls sideways instead of squeezing its columns (phones). */
  minWidth?: number;
  /** The rows, each a Table.Tr whose first cell is a row header naming the item. */
  children: ReactNode;
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
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
