import { Alert, Badge, Group, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EngagementParts, PartnershipEngagement } from '../../../../contracts/engagement.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { engagementQueryOptions } from '../api/reports.ts';
import { ScoreSparkline } from './score-sparkline.tsx';
import { suggestionText } from './suggestion-text.ts';

const PARTS: (keyof EngagementParts)[] = ['interactions', 'events', 'publics', 'commitments', 'stage'];
/** Dark shades, so that white text on them stays readable (WCAG AA). */
export const scoreColor = (score: number) => (score >= 60 ? 'teal.9' : score >= 30 ? 'blue.9' : 'red.9');

/** The partnership's engagement score, its five parts, its last 12 months and what to do when it is at risk. */
export function EngagementSummary({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const query = useQuery(engagementQueryOptions(partnershipId));
  if (query.isPending) return <Skeleton height={120} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const engagement = query.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby="engagement-title" data-testid="engagement-summary">
      <Group justify="space-between" gap="xs">
        <Text fw={600} id="engagement-title">
          {t('reports.engagement.title')}
        </Text>
        <Badge color={scoreColor(engagement.score)} size="lg">
          {t('reports.engagement.score', { score: engagement.score })}
        </Badge>
      </Group>
      <ScoreSparkline history={engagement.history} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={4}>
        {PARTS.map((part) => (
          <div key={part}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs">
                {t(`reports.engagement.parts.${part}`, {
                  value: part === 'stage' ? t(`stages.${engagement.stage}`) : countOf(engagement.counts, part),
                })}
              </Text>
              <Text size="xs" fw={600}>
                {engagement.parts[part]} / 20
              </Text>
            </Group>
            <Progress value={engagement.parts[part] * 5} size="xs" aria-hidden />
          </div>
        ))}
      </SimpleGrid>
      {engagement.suggestion !== null && (
        <Alert color="orange" variant="light" title={engagement.reasons.map((reason) => t(`reports.reasons.${reason}`)).join(' · ')}>
          {suggestionText(t, engagement.suggestion)}
        </Alert>
      )}
    </Stack>
  );
}

const countOf = (counts: PartnershipEngagement['counts'], part: Exclude<keyof EngagementParts, 'stage'>) =>
  part === 'publics' ? counts.people : counts[part];
