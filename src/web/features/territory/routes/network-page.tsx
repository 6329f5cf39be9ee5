import { Alert, Anchor, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NetworkQuery } from '../../../../contracts/network.ts';
import { TERRITORY_PATH } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { networkPathQueryOptions, networkQueryOptions } from '../api/territory.ts';
import { CentralActors } from '../components/central-actors.tsx';
import { NetworkGraph } from '../components/network-graph.tsx';
import { NetworkPathFinder } from '../components/network-path-finder.tsx';

/** The partners network of the current structure: who connects whom, the brokers, and the way to reach someone. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { structure } = useCurrentStructure();
  const [params, setParams] = useSearchParams();
  const options = vocabularyOptions(t);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filters = { sector: params.get('sector') ?? undefined, stage: params.get('stage') ?? undefined } as NetworkQuery;
  const query = { structureId: structure?.id ?? '', ...filters };
  const network = useQuery({ ...networkQueryOptions(query), enabled: structure !== null });
  const target = params.get('vers');
  const from = `structure:${query.structureId}`;
  const path = useQuery({
    ...networkPathQueryOptions({ ...query, from, to: target ?? from }),
    enabled: structure !== null && target !== null,
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('network.title')}
        description={t('network.description')}
        actions={
          <Anchor component={Link} to={TERRITORY_PATH}>
            {t('network.backToMap')}
          </Anchor>
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={560}>
        <Select
          label={t('territory.filters.sector')}
          placeholder={t('territory.filters.all')}
          data={options.sectors}
          value={filters.sector ?? null}
          onChange={(value) => set('sector', value)}
          clearable
        />
        <Select
          label={t('territory.filters.stage')}
          placeholder={t('territory.filters.all')}
          data={options.stages}
          value={filters.stage ?? null}
          onChange={(value) => set('stage', value)}
          clearable
        />
      </SimpleGrid>
      {network.error && <QueryError error={network.error} onRetry={() => void network.refetch()} />}
      {structure === null && (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('network.noStructure')}
        </Alert>
      )}
      {network.data ? (
        network.data.nodes.length === 0 ? (
          <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('network.empty')}
          </Alert>
        ) : (
          <>
            <Group gap="lg">
              <Text size="sm" data-testid="network-totals">
                {t('network.totals', { nodes: network.data.nodes.length, edges: network.data.edges.length })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('network.legend')}
              </Text>
            </Group>
            <NetworkGraph
              network={network.data}
              highlighted={path.data?.path?.map((node) => node.id) ?? []}
              onSelect={(id) => set('vers', id)}
            />
            <Title order={2} size="h3">
              {t('network.path.title')}
            </Title>
            <NetworkPathFinder
              network={network.data}
              result={target ? path.data : undefined}
              target={target}
              onTarget={(id) => set('vers', id)}
            />
            <Title order={2} size="h3">
              {t('network.central.title')}
            </Title>
            <CentralActors nodes={network.data.nodes} />
          </>
        )
      ) : (
        structure && <Skeleton h={480} />
      )}
    </Stack>
  );
}
