import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DiscoveryResult } from '../../../../contracts/discovery.ts';
import { organisationPath } from '../../../app/paths.ts';
import { ApiError } from '../../../lib/api-error.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { territoryKeys } from '../../territory/api/territory.ts';
import { addCandidate, discoveryKeys, dismissCandidate, followOrganisation } from '../api/discovery.ts';
import { DismissModal } from './dismiss-modal.tsx';
import { type DuplicateCandidate, DuplicateModal } from './duplicate-modal.tsx';
import { ScoreBreakdown } from './score-breakdown.tsx';

interface ResultCardProps {
  result: DiscoveryResult;
  structureId: string;
  originLabel: string | null;
  canWrite: boolean;
}

function duplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.problem.current as { duplicates?: DuplicateCandidate[] } | undefined;
  return current?.duplicates?.length ? current.duplicates : null;
}

/** One candidate: who it is, its score and why, and what to do with it. */
export function ResultCard({ result, structureId, originLabel, canWrite }: ResultCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: discoveryKeys.all }),
      queryClient.invalidateQueries({ queryKey: territoryKeys.all }),
    ]);

  const add = useMutation({
    mutationFn: async (organisationId?: string) => {
      if (result.kind === 'organisation') await followOrganisation(result.id, structureId);
      else await addCandidate({ entryId: result.id, structureId, organisationId });
    },
    onSuccess: () => {
      setDuplicates(null);
      notifySuccess(t('discovery.added', { name: result.name }));
      return refresh();
    },
    onError: (error) => {
      const found = duplicatesOf(error);
      if (found) setDuplicates(found);
      else notifyError(error);
    },
  });
  const dismiss = useMutation({
    mutationFn: (reason: string) => dismissCandidate({ entryId: result.id, structureId, reason }),
    onSuccess: () => {
      setDismissing(false);
      notifySuccess(t('discovery.dismiss.done', { name: result.name }));
      return refresh();
    },
    onError: (error) => notifyError(error),
  });

  const place = [result.postcode, result.city].filter(Boolean).join(' ');
  return (
    <Card withBorder padding="md" component="article" aria-label={result.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4}>
            <Text fw={700} component="h2" size="lg" m={0}>
              {result.organisationId ? (
                <Anchor component={Link} to={organisationPath(result.organisationId)} inherit>
                  {result.name}
                </Anchor>
              ) : (
                result.name
              )}
            </Text>
            <Group gap={6}>
              <Badge variant="light">{t(`sectors.${result.sector}`)}</Badge>
              {place && (
                <Text size="sm" c="dimmed">
                  {place}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('discovery.source', { source: result.source })}
              </Text>
            </Group>
          </Stack>
          <Badge
            size="xl"
            variant="filled"
            color="teal.9"
            style={{ flexShrink: 0 }}
            aria-label={t('discovery.scoreLabel', { score: result.score })}
          >
            {result.score}
          </Badge>
        </Group>
        {result.knownStage && (
          <Badge color="grape" variant="light" data-testid="known-partner">
            {t('discovery.known', { stage: t(`stages.${result.knownStage}`) })}
          </Badge>
        )}
        {result.description && (
          <Text size="sm" lineClamp={3}>
            {result.description}
          </Text>
        )}
        <ScoreBreakdown result={result} originLabel={originLabel} />
        {canWrite && !result.knownStage && (
          <Group gap="sm">
            <Button
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={add.isPending}
              onClick={() => add.mutate(undefined)}
            >
              {t('discovery.add')}
            </Button>
            {result.kind === 'entry' && (
              <Button size="sm" variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={() => setDismissing(true)}>
                {t('discovery.dismiss.button')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {duplicates && (
        <DuplicateModal
          candidateName={result.name}
          duplicates={duplicates}
          linking={add.isPending}
          onLink={(organisationId) => add.mutate(organisationId)}
          onClose={() => setDuplicates(null)}
        />
      )}
      {dismissing && (
        <DismissModal
          candidateName={result.name}
          pending={dismiss.isPending}
          onDismiss={(reason) => dismiss.mutate(reason)}
          onClose={() => setDismissing(false)}
        />
      )}
    </Card>
  );
}
