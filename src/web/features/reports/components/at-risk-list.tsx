import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationPath } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { atRiskQueryOptions } from '../api/reports.ts';
import { scoreColor } from './engagement-summary.tsx';
import { suggestionText } from './suggestion-text.ts';

const SHOWN = 8;

/** Partners at risk, lowest score first, each with why and the suggested next step. */
export function AtRiskList({ structureId }: { structureId: string | undefined }) {
  const { t } = useTranslation();
  const query = useQuery(atRiskQueryOptions(structureId));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="at-risk-title">
      <Title order={3} size="h4" id="at-risk-title" mb="xs">
        {t('reports.atRisk.title')}
      </Title>
      {query.isPending && <Skeleton height={120} />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('reports.atRisk.rule', { months: query.data.months })}
          </Text>
          {query.data.items.length === 0 && <Text size="sm">{t('reports.atRisk.none')}</Text>}
          {query.data.items.slice(0, SHOWN).map((item) => (
            <Stack key={item.partnershipId} gap={2}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={organisationPath(item.organisationId)} fw={600} size="sm" truncate>
                  {item.organisationName}
                </Anchor>
                <Badge color={scoreColor(item.score)}>{item.score}</Badge>
              </Group>
              <Group gap={4}>
                {item.reasons.map((reason) => (
                  <Badge key={reason} size="xs" color="red.9" variant="outline">
                    {t(`reports.reasons.${reason}`)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">{suggestionText(t, item.suggestion)}</Text>
            </Stack>
          ))}
          {query.data.items.length > SHOWN && (
            <Text size="sm" c="dimmed">
              {t('reports.atRisk.more', { count: query.data.items.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
