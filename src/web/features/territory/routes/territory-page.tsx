import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAffiliate, IconInfoCircle } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type CoverageGap, type CoverageQuery, LAYERS } from '../../../../contracts/territory.ts';
import { NETWORK_PATH } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { coverageMatrixQueryOptions, coverageQueryOptions, layerQueryOptions, mapSettingsQueryOptions } from '../api/territory.ts';
import { CoverageFilters, type CoverageFilterValues } from '../components/coverage-filters.tsx';
import { CoverageMap } from '../components/coverage-map.tsx';
import { CoverageMatrices } from '../components/coverage-matrices.tsx';
import { GapList } from '../components/gap-list.tsx';
import { GapPanel } from '../components/gap-panel.tsx';
import { MapLegend } from '../components/map-legend.tsx';
import { QpvImportButton } from '../components/qpv-import-button.tsx';

const FILTERS = ['stage', 'sector', 'objective'] as const;

function useFilters() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(FILTERS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as CoverageFilterValues;
  const update = (patch: CoverageFilterValues) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { values, update };
}

/** The map of the current structure's territory, its filters, and the gap matrices below. */
export function TerritoryPage() {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const { values, update } = useFilters();
  const query = { structureId: structure?.id, ...values } as CoverageQuery;
  const { objective: _objective, ...matrixQuery } = query;
  const settings = useQuery(mapSettingsQueryOptions());
  const coverage = useQuery({ ...coverageQueryOptions(query), enabled: structure !== null });
  const matrix = useQuery({ ...coverageMatrixQueryOptions(matrixQuery), enabled: structure !== null });
  const layers = useQueries({ queries: LAYERS.map((layer) => layerQueryOptions(layer)) });
  const failed = [settings, coverage, matrix, ...layers].find((q) => q.isError);
  const [departements, arrondissements, communes, qpv] = layers.map((q) => q.data);
  const ready = settings.data && coverage.data && departements && arrondissements && communes && qpv;
  const [gap, setGap] = useState<CoverageGap | null>(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.territory')}
        description={t('territory.description')}
        actions={
          <Group gap="sm">
            <Button component={Link} to={NETWORK_PATH} variant="default" leftSection={<IconAffiliate size={16} aria-hidden />}>
              {t('network.open')}
            </Button>
            {role === 'coordinator' && <QpvImportButton />}
          </Group>
        }
      />
      <CoverageFilters values={values} onChange={update} />
      {failed?.error && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      {settings.data?.qpvCount === 0 && (
        <Alert
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('territoryDiscovery.qpv.notImported')}
          data-testid="qpv-not-imported"
        >
          {t(role === 'coordinator' ? 'territory.noQpvCoordinator' : 'territory.noQpv')}
        </Alert>
      )}
      {coverage.data && (
        <Group gap="lg" wrap="wrap">
          <Text size="sm" data-testid="coverage-totals">
            {t('territory.totals.partners', { count: coverage.data.totals.partners })}
          </Text>
          <Text size="sm">{t('territory.totals.qpv', { reached: coverage.data.totals.qpvReached, total: coverage.data.totals.qpv })}</Text>
          <Text size="sm">{t('territory.totals.markers', { count: coverage.data.markers.length })}</Text>
          <Text size="sm">{t('territory.totals.events', { count: coverage.data.events.length })}</Text>
        </Group>
      )}
      {ready ? (
        <CoverageMap
          coverage={coverage.data}
          settings={settings.data}
          layers={{ departements, arrondissements, communes, qpv } as never}
          departement={coverage.data.departement}
        />
      ) : (
        <Skeleton h={{ base: 360, sm: 520 }} />
      )}
      <MapLegend />
      {structure && <GapList structureId={structure.id} onOpen={setGap} />}
      {matrix.data ? <CoverageMatrices matrix={matrix.data} onGap={setGap} /> : <Skeleton h={240} />}
      {gap && structure && (
        <GapPanel gap={gap} structureId={structure.id} canWrite={role !== null && role !== 'observer'} onClose={() => setGap(null)} />
      )}
    </Stack>
  );
}
