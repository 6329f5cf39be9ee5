import { Alert, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { coverageQueryOptions } from '../../territory/api/territory.ts';
import { discoverySearchQueryOptions, type DiscoveryFilters as Filters } from '../api/discovery.ts';
import { DiscoveryFilters, type Venue } from '../components/discovery-filters.tsx';
import { LexiconButton } from '../components/lexicon-editor.tsx';
import { OpendataImportButton } from '../components/opendata-import.tsx';
import { ResultCard } from '../components/result-card.tsx';

const KEYS = ['q', 'sector', 'territory', 'near', 'qpv', 'publics', 'page'] as const;
const PAGE_SIZE = 20;

function useFilters() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as Filters;
  const update = (patch: Filters) => {
    const next = new URLSearchParams(params);
    if (!('page' in patch)) next.delete('page');
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { values, update };
}

/** Candidates from the open-data directory and the shared address book, ranked for the current structure. */
export function DiscoveryPage() {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const { values, update } = useFilters();
  const structureId = structure?.id ?? '';
  const search = useQuery({
    ...discoverySearchQueryOptions(structureId, { ...values, pageSize: String(PAGE_SIZE) }),
    enabled: structure !== null,
    placeholderData: keepPreviousData,
  });
  // The structure's territories and its located partners come from the coverage, which the map reads too.
  const coverage = useQuery({ ...coverageQueryOptions({ structureId }), enabled: structure !== null });
  const venues: Venue[] = (coverage.data?.markers ?? []).map((m) => ({
    id: m.organisationId,
    name: m.name,
    latitude: m.latitude,
    longitude: m.longitude,
  }));
  const canWrite = role !== null && role !== 'observer';
  const page = search.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.discovery')}
        description={t('discovery.description')}
        actions={
          structure && canWrite ? (
            <Group gap="sm">
              <LexiconButton structureId={structure.id} />
              <OpendataImportButton />
            </Group>
          ) : undefined
        }
      />
      <DiscoveryFilters
        key={values.q ?? ''}
        values={values}
        territories={coverage.data?.territories ?? []}
        venues={venues}
        onChange={update}
      />
      {search.error && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      {structure === null && !search.isLoading && (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('discovery.noStructure')}
        </Alert>
      )}
      {page ? (
        <>
          <Text size="sm" aria-live="polite" data-testid="discovery-total">
            {t(page.totalCapped ? 'discovery.totalMore' : 'discovery.total', { count: page.total })}
            {page.ranked < page.total && ` — ${t('discovery.ranked', { count: page.ranked })}`}
            {page.origin && ` — ${t('discovery.origin', { origin: page.origin.label })}`}
          </Text>
          {page.items.length === 0 ? (
            <EmptyBlock title={t('discovery.empty.title')} description={t('discovery.empty.description')} />
          ) : (
            <Stack gap="sm">
              {page.items.map((result) => (
                <ResultCard
                  key={`${result.kind}-${result.id}`}
                  result={result}
                  structureId={structureId}
                  originLabel={page.origin?.label ?? null}
                  canWrite={canWrite}
                />
              ))}
            </Stack>
          )}
          {page.ranked > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(page.ranked / PAGE_SIZE)}
              value={page.page}
              onChange={(next) => update({ page: String(next) })}
              getItemProps={(item) => ({ 'aria-label': t('partners.goToPage', { page: item }) })}
              getControlProps={(control) => ({ 'aria-label': t(`partners.pageControls.${control}`) })}
            />
          )}
        </>
      ) : (
        structure && <Skeleton h={320} />
      )}
    </Stack>
  );
}
