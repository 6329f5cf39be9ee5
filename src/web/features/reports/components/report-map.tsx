import { Skeleton, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LAYERS } from '../../../../contracts/territory.ts';
import { coverageQueryOptions, layerQueryOptions, mapSettingsQueryOptions } from '../../territory/api/territory.ts';
import { CoverageMap } from '../../territory/components/coverage-map.tsx';
import { MapLegend } from '../../territory/components/map-legend.tsx';
import type { ReportScope } from '../api/reports.ts';

/**
 * The map of the report (as in the funder PDF): places shaded by active partners, for the one
 * structure chosen or for every structure read. Coverage is today's, whatever the period.
 */
export function ReportMap({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation();
  const single = scope.structureIds.length <= 1;
  const settings = useQuery(mapSettingsQueryOptions());
  const coverage = useQuery({ ...coverageQueryOptions({ structureId: scope.structureIds[0] }), enabled: single });
  const layers = useQueries({ queries: LAYERS.map((layer) => layerQueryOptions(layer)) });
  const [departements, arrondissements, communes, qpv] = layers.map((q) => q.data);
  const ready = settings.data && coverage.data && departements && arrondissements && communes && qpv;
  return (
    <section aria-labelledby="report-map-title">
      <Title order={3} size="h4" id="report-map-title" mb="xs">
        {t('reports.map.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(single ? 'reports.map.caption' : 'reports.map.oneOrAll')}
      </Text>
      {single &&
        (ready ? (
          <>
            <CoverageMap
              coverage={coverage.data}
              settings={settings.data}
              layers={{ departements, arrondissements, communes, qpv } as never}
              departement={coverage.data.departement}
            />
            <MapLegend />
          </>
        ) : (
          <Skeleton h={{ base: 360, sm: 520 }} />
        ))}
    </section>
  );
}
