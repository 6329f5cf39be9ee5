import { SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { type ReportScope, reportQueryOptions } from '../api/reports.ts';
import { KeyFigures } from './key-figures.tsx';
import { StructureTable } from './structure-table.tsx';
import { TallyBars } from './tally-bars.tsx';

/** Key figures, partners by stage, sector and objective, and (for several structures) the table per structure. */
export function ProgrammeFigures({ scope, headingId }: { scope: ReportScope; headingId: string }) {
  const { t } = useTranslation();
  const query = useQuery(reportQueryOptions(scope));
  if (query.isPending) return <Skeleton height={320} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  const partners = report.totals.partners;
  return (
    <Stack gap="md" aria-labelledby={headingId}>
      <KeyFigures figures={report.totals} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <TallyBars title={t('reports.byStage')} tally={partners.byStage} labelOf={(key) => t(`stages.${key}`)} />
        <TallyBars title={t('reports.bySector')} tally={partners.bySector} labelOf={(key) => t(`sectors.${key}`)} />
        <TallyBars title={t('reports.byObjective')} tally={partners.byObjective} labelOf={(key) => t(`objectives.${key}`)} />
      </SimpleGrid>
      {report.perStructure.length > 1 && (
        <>
          <Title order={3} size="h4">
            {t('reports.perStructure')}
          </Title>
          <StructureTable report={report} />
        </>
      )}
    </Stack>
  );
}
