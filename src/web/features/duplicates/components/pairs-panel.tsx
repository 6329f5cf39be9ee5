import { Alert, Anchor, Badge, Button, Card, Group, Pagination, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconGitMerge, IconHourglass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MergeKind } from '../../../../contracts/merges.ts';
import { contactPath, organisationPath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { notifyError } from '../../../lib/notify.tsx';
import { contactPairsQueryOptions, organisationPairsQueryOptions, useDismissPair } from '../api/duplicates.ts';
import { MergeModal } from './merge-modal.tsx';

type SideSummary = { id: string; title: string; details: string };
type PairItem = { a: SideSummary; b: SideSummary; reasons: string[]; score: number };

function usePairs(kind: MergeKind, page: number) {
  const organisations = useQuery({ ...organisationPairsQueryOptions(page), enabled: kind === 'organisation' });
  const contacts = useQuery({ ...contactPairsQueryOptions(page), enabled: kind === 'contact' });
  if (kind === 'organisation') {
    const { data, ...rest } = organisations;
    const items: PairItem[] | undefined = data?.items.map(({ a, b, ...pair }) => {
      const side = (o: typeof a) => ({
        id: o.id,
        title: o.name,
        details: [
          [o.postcode, o.city].filter(Boolean).join(' '),
          o.siret && `SIRET ${o.siret}`,
          o.rna && `RNA ${o.rna}`,
          o.uai && `UAI ${o.uai}`,
        ]
          .filter(Boolean)
          .join(' · '),
      });
      return { ...pair, a: side(a), b: side(b) };
    });
    return { ...rest, items, total: data?.total ?? 0, pageSize: data?.pageSize ?? 25, pending: data?.pending ?? 0 };
  }
  const { data, ...rest } = contacts;
  const items: PairItem[] | undefined = data?.items.map(({ a, b, ...pair }) => {
    const side = (c: typeof a) => ({ id: c.id, title: [c.firstName, c.lastName].filter(Boolean).join(' '), details: c.emails.join(', ') });
    return { ...pair, a: side(a), b: side(b) };
  });
  return { ...rest, items, total: data?.total ?? 0, pageSize: data?.pageSize ?? 25, pending: data?.pending ?? 0 };
}

/** Candidate pairs of one kind, each with why it is listed, to compare and merge or to dismiss. */
export function PairsPanel({ kind, canWrite }: { kind: MergeKind; canWrite: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [comparing, setComparing] = useState<{ aId: string; bId: string } | null>(null);
  const pairs = usePairs(kind, page);
  const dismiss = useDismissPair();
  const pathOf = kind === 'organisation' ? organisationPath : contactPath;

  if (pairs.isPending) return <TableSkeleton rows={5} />;
  if (pairs.isError) return <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />;
  const pending = pairs.pending > 0 && (
    <Alert color="blue" icon={<IconHourglass size={18} />} data-testid="pairs-pending">
      {t('duplicates.pending', { count: pairs.pending })}
    </Alert>
  );
  // The dialog stays mounted when its pair was the last one: the merge's outcome (and its undo) is told after the list refetched.
  const modal = <MergeModal kind={kind} pair={comparing} onClose={() => setComparing(null)} />;
  if (!pairs.items || pairs.items.length === 0) {
    return (
      <Stack gap="sm">
        {pending}
        <EmptyBlock title={t('duplicates.emptyTitle')} description={t('duplicates.emptyText')} />
        {modal}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {pending}
      <Text size="sm" c="dimmed">
        {t('duplicates.count', { count: pairs.total })}
      </Text>
      {pairs.items.map((pair) => (
        <Card key={`${pair.a.id}-${pair.b.id}`} withBorder padding="sm" data-testid="duplicate-pair">
          <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
            <Group gap={6}>
              {pair.reasons.map((reason) => (
                <Badge key={reason} variant="light" color={reason === 'name' ? 'orange' : 'red'}>
                  {t(`duplicates.reasons.${reason}` as never)}
                </Badge>
              ))}
            </Group>
            <Text size="sm" c="dimmed">
              {t('duplicates.score', { score: Math.round(pair.score * 100) })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {[pair.a, pair.b].map((side) => (
              <Stack key={side.id} gap={2}>
                <Anchor component={Link} to={pathOf(side.id)} fw={600} style={{ wordBreak: 'break-word' }}>
                  {side.title}
                </Anchor>
                {side.details && (
                  <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {side.details}
                  </Text>
                )}
              </Stack>
            ))}
          </SimpleGrid>
          {canWrite && (
            <Group justify="flex-end" gap="xs" mt="sm">
              <Button
                variant="default"
                size="sm"
                loading={dismiss.isPending && dismiss.variables?.aId === pair.a.id && dismiss.variables?.bId === pair.b.id}
                onClick={() => dismiss.mutate({ kind, aId: pair.a.id, bId: pair.b.id }, { onError: notifyError })}
              >
                {t('duplicates.dismiss')}
              </Button>
              <Button
                size="sm"
                leftSection={<IconGitMerge size={16} aria-hidden />}
                onClick={() => setComparing({ aId: pair.a.id, bId: pair.b.id })}
              >
                {t('duplicates.compareButton')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
      {pairs.total > pairs.pageSize && (
        <Pagination
          total={Math.ceil(pairs.total / pairs.pageSize)}
          value={page}
          onChange={setPage}
          size="sm"
          aria-label={t('duplicates.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`partners.pageControls.${control}`) })}
        />
      )}
      {modal}
    </Stack>
  );
}
