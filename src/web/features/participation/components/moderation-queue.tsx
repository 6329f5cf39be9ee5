import { Anchor, Group, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_STATUSES, type ModerationStatus } from '../../../../contracts/contributions.ts';
import { WALL_PATH } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { currentExhibitionQueryOptions } from '../../exhibition/api/exhibition.ts';
import { contributionsQueryOptions } from '../api/contributions.ts';
import { ContributionCard } from './contribution-card.tsx';

/** Pending contributions first: nothing reaches the wall before a moderator approves and selects it. */
export function ModerationQueue({ structureId, canWrite }: { structureId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ModerationStatus>('pending');
  const contributions = useQuery(contributionsQueryOptions(structureId, status));
  const exhibition = useQuery(currentExhibitionQueryOptions());
  const modules = exhibition.data?.modules ?? [];
  const stops = (exhibition.data?.stops ?? []).filter((stop) => stop.structureId === structureId);
  return (
    <Stack>
      {stops.length > 0 && (
        <Group gap="md">
          {stops.map((stop) => (
            <Anchor key={stop.id} href={`${WALL_PATH}/${stop.id}`} target="_blank" size="sm">
              <Group gap={4} component="span">
                {t('participation.moderation.openWall', {
                  venue: stop.venue?.name ?? stop.departement,
                  from: formatDate(stop.opensOn, i18n.language),
                })}
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          ))}
        </Group>
      )}
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
            <ContributionCard key={`${item.id}-${item.version}`} contribution={item} canWrite={canWrite} modules={modules} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
