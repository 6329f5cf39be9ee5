import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MergeKind } from '../../../../contracts/merges.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { mergesQueryOptions, useUndoMerge } from '../api/duplicates.ts';

/** The last merges of this kind, each undoable while the kept record is unchanged. */
export function RecentMerges({ kind, canWrite }: { kind: MergeKind; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const merges = useQuery(mergesQueryOptions(kind));
  const undo = useUndoMerge();
  if (merges.isPending) return null;
  if (merges.isError) return <QueryError error={merges.error} onRetry={() => void merges.refetch()} />;
  if (merges.data.items.length === 0) return null;
  return (
    <Stack gap="xs" mt="xl">
      <Title order={2} size="h4">
        {t('duplicates.recent.title')}
      </Title>
      {merges.data.items.map((merge) => (
        <Card key={merge.id} withBorder padding="sm" data-testid="recent-merge">
          <Group justify="space-between" gap="xs">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                {t('duplicates.recent.line', { merged: merge.merged.label, survivor: merge.survivor.label })}
              </Text>
              <Text size="xs" c="dimmed">
                {[formatDateTime(merge.at, i18n.language), merge.actor?.name].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            {merge.undoneAt !== null ? (
              <Badge variant="light" color="gray">
                {t('duplicates.recent.undone')}
              </Badge>
            ) : (
              canWrite && (
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={undo.isPending && undo.variables === merge.id}
                  onClick={() => undo.mutate(merge.id)}
                >
                  {t('actions.undo')}
                </Button>
              )
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
