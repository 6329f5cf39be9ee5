import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../contracts/reports.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** One line per structure, then the total: the figures a funder compares. */
export function StructureTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const names = new Map(report.structures.map((s) => [s.id, s.name]));
  const rows = [
    ...report.perStructure.map(({ structureId, figures }) => ({ key: structureId, name: names.get(structureId) ?? '', figures })),
    { key: 'total', name: t('reports.total'), figures: report.totals },
  ];
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-label={t('reports.perStructureTable')}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.columns.structure')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.partners')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.eventsHeld')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.checkedInSeats')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.distantShare')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.contributions')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.actionsDone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, name, figures: f }) => (
            <Table.Tr key={key} fw={key === 'total' ? 700 : undefined}>
              <Table.Td>{name}</Table.Td>
              <Table.Td ta="right">{f.partners.total}</Table.Td>
              <Table.Td ta="right">{f.events.held}</Table.Td>
              <Table.Td ta="right">{f.events.checkedInSeats}</Table.Td>
              <Table.Td ta="right">{percent(f.events.distantShare)}</Table.Td>
              <Table.Td ta="right">{f.participation.contributions}</Table.Td>
              <Table.Td ta="right">{`${f.actionPlan.done} / ${f.actionPlan.actions}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
