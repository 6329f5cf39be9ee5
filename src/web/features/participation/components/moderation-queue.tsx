import { SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_STATUSES, type ModerationStatus } from '../../../../contracts/contributions.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { contributionsQueryOptions } from '../api/contributions.ts';
import { ContributionCard } from './contribution-card.tsx';

/** Pending contributions first: nothing reaches the wall before a moderator approves and selects it. */
export function ModerationQueue({ structureId, canWrite }: { structureId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ModerationStatus>('pending');
  const contributions = useQuery(contributionsQueryOptions(structureId, status));
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('participation.moderation.filter')}
        value={status}
        onChange={(value) => setStatus(value as ModerationStatus)}
        data={MODERATION_STATUSES.map((value) => ({ value, label: t(`participation.statuses.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {contributions.isPending ? (
        <TableSkeleton />
      ) : contributions.isError ? (
        <QueryError error={contributions.error} onRetry={() => void contributions.refetch()} />
      ) : contributions.data.items.length === 0 ? (
        <EmptyBlock title={t('participation.moderation.empty')} description={t('participation.moderation.emptyHint')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {contributions.data.items.map((item) => (
            <ContributionCard key={`${item.id}-${item.version}`} contribution={item} canWrite={canWrite} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
