import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkNode } from '../../../../contracts/network.ts';

const SHOWN = 10;

/** The brokers: nodes on the most shortest paths between others. */
export function CentralActors({ nodes }: { nodes: NetworkNode[] }) {
  const { t, i18n } = useTranslation();
  const top = [...nodes]
    .filter((node) => node.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label))
    .slice(0, SHOWN);
  const percent = (value: number) => (value * 100).toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return (
    <ScrollArea type="auto">
      <Table withTableBorder miw={480} fz="sm" data-testid="central-actors">
        <Table.Caption>{t('network.central.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('network.central.name')}</Table.Th>
            <Table.Th scope="col">{t('network.central.kind')}</Table.Th>
            <Table.Th scope="col">{t('network.central.links')}</Table.Th>
            <Table.Th scope="col">{t('network.central.centrality')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('network.central.none')}</Table.Td>
            </Table.Tr>
          ) : (
            top.map((node) => (
              <Table.Tr key={node.id}>
                <Table.Th scope="row" fw={500}>
                  {node.label}
                </Table.Th>
                <Table.Td>
                  {t(`network.kinds.${node.kind}`)}
                  {node.sector && ` · ${t(`sectors.${node.sector}`)}`}
                </Table.Td>
                <Table.Td>{node.degree}</Table.Td>
                <Table.Td>{percent(node.centrality)} %</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
