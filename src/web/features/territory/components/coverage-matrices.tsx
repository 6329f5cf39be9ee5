import { Anchor, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageGap, CoverageMatrix } from '../../../../contracts/territory.ts';
import type { OBJECTIVES } from '../../../../contracts/vocabulary.ts';

type Objective = (typeof OBJECTIVES)[number];
type Row = { key: string; label: string; counts: Record<string, number>; partners: number; gapOf: (objective: Objective) => CoverageGap };
type MatrixTableProps = { caption: string; head: string; rows: Row[]; objectives: Objective[]; onGap: (gap: CoverageGap) => void };

function MatrixTable({ caption, head, rows, objectives, onGap }: MatrixTableProps) {
  const { t } = useTranslation();
  return (
    // Focusable, so a keyboard can scroll a matrix wider or taller than the screen.
    <ScrollArea.Autosize mah={440} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': caption }}>
      <Table striped={false} withTableBorder withColumnBorders stickyHeader miw={560} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{head}</Table.Th>
            <Table.Th scope="col">{t('territory.matrix.partners')}</Table.Th>
            {objectives.map((o) => (
              <Table.Th key={o} scope="col">
                {t(`objectives.${o}` as 'objectives.cultural_openness')}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td>{row.partners}</Table.Td>
              {objectives.map((o) => {
                const count = row.counts[o] ?? 0;
                return (
                  <Table.Td
                    key={o}
                    bg={count === 0 ? 'red.0' : undefined}
                    c={count === 0 ? 'red.9' : undefined}
                    data-gap={count === 0 || undefined}
                  >
                    {count === 0 ? (
                      <Anchor component="button" type="button" c="red.9" fw={700} underline="always" onClick={() => onGap(row.gapOf(o))}>
                        {count}
                        <VisuallyHidden>
                          {t('territoryDiscovery.gaps.openCell', { label: row.label, objective: t(`objectives.${o}`) })}
                        </VisuallyHidden>
                      </Anchor>
                    ) : (
                      count
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** Sectors x objectives and territories x objectives; a zero cell is a gap, tinted, named for screen readers, and opens its candidates. */
export function CoverageMatrices({ matrix, onGap }: { matrix: CoverageMatrix; onGap: (gap: CoverageGap) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('territory.matrix.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('territory.matrix.hint')}
      </Text>
      <MatrixTable
        caption={t('territory.matrix.bySector')}
        head={t('territory.matrix.sector')}
        objectives={matrix.objectives}
        onGap={onGap}
        rows={matrix.sectors.map((s) => {
          const label = t(`sectors.${s.sector}`);
          return {
            key: s.sector,
            label,
            counts: s.counts,
            partners: s.partners,
            gapOf: (objective) => ({ sector: s.sector, inseeCode: null, label, objective }),
          };
        })}
      />
      {matrix.territories.length === 0 ? (
        <Text size="sm">{t('territory.matrix.noTerritory')}</Text>
      ) : (
        <MatrixTable
          caption={t('territory.matrix.byTerritory')}
          head={t('territory.matrix.territory')}
          objectives={matrix.objectives}
          onGap={onGap}
          rows={matrix.territories.map((x) => ({
            key: x.code,
            label: x.name,
            counts: x.counts,
            partners: x.partners,
            gapOf: (objective) => ({ sector: null, inseeCode: x.code, label: x.name, objective }),
          }))}
        />
      )}
    </Stack>
  );
}
