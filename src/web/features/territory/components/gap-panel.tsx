import { Button, Drawer, Skeleton, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageGap } from '../../../../contracts/territory.ts';
import { DISCOVERY_PATH } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { ResultCard } from '../../discovery/components/result-card.tsx';
import { gapCandidatesQueryOptions } from '../api/territory.ts';

interface GapPanelProps {
  gap: CoverageGap;
  structureId: string;
  canWrite: boolean;
  onClose: () => void;
}

/** The discovery page filtered the way the gap is: by its sector or by its territory. */
export function discoveryPathOf(gap: CoverageGap): string {
  const params = new URLSearchParams(gap.sector ? { sector: gap.sector } : { territory: gap.inseeCode ?? '' });
  return `${DISCOVERY_PATH}?${params.toString()}`;
}

/** The best discovery candidates for one gap, each with its score, its explanation and "Ajouter comme partenaire". */
export function GapPanel({ gap, structureId, canWrite, onClose }: GapPanelProps) {
  const { t } = useTranslation();
  const candidates = useQuery(
    gapCandidatesQueryOptions({
      structureId,
      objective: gap.objective,
      ...(gap.sector ? { sector: gap.sector } : { inseeCode: gap.inseeCode ?? '' }),
    }),
  );
  const objective = t(`objectives.${gap.objective}`);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={t('territoryDiscovery.gaps.panelTitle', { label: gap.label, objective })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {candidates.data && candidates.data.partners > 0
            ? t('territoryDiscovery.gaps.filled', { count: candidates.data.partners })
            : t('territoryDiscovery.gaps.intro', { label: gap.label, objective })}
        </Text>
        {candidates.error && <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />}
        {candidates.isPending && <Skeleton h={200} />}
        {candidates.data?.items.length === 0 && <Text size="sm">{t('territoryDiscovery.gaps.noCandidate')}</Text>}
        {candidates.data?.items.map((result) => (
          <ResultCard
            key={`${result.kind}-${result.id}`}
            result={result}
            structureId={structureId}
            originLabel={candidates.data.originLabel}
            canWrite={canWrite}
          />
        ))}
        <Button component={Link} to={discoveryPathOf(gap)} variant="light" leftSection={<IconSearch size={16} aria-hidden />}>
          {t('territoryDiscovery.gaps.openDiscovery')}
        </Button>
      </Stack>
    </Drawer>
  );
}
