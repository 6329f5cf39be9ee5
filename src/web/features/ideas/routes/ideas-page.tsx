import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENTS_PATH } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { ideasQueryOptions } from '../api/ideas.ts';
import { IdeaCard } from '../components/idea-card.tsx';
import { ProposeIdeaDrawer } from '../components/propose-idea-drawer.tsx';

export function IdeasPage() {
  const { t } = useTranslation();
  const { structure } = useCurrentStructure();
  const me = useMe();
  const ideas = useQuery(ideasQueryOptions('-createdAt'));
  const [proposing, setProposing] = useState(false);
  const canConvert = (structureId: string) =>
    me.isCoordinator || me.memberships.some((m) => m.structure.id === structureId && m.role !== 'observer');
  return (
    <Stack>
      <BackLink to={EVENTS_PATH} label={t('events.title')} />
      <PageHeader
        title={t('ideas.title')}
        description={t('ideas.description')}
        actions={
          structure !== null && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setProposing(true)}>
              {t('ideas.propose')}
            </Button>
          )
        }
      />
      {ideas.isPending && <TableSkeleton />}
      {ideas.isError && <QueryError error={ideas.error} onRetry={() => ideas.refetch()} />}
      {ideas.data?.items.length === 0 && <EmptyBlock title={t('ideas.title')} description={t('ideas.empty')} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(ideas.data?.items ?? []).map((idea) => (
          <IdeaCard key={idea.id} idea={idea} canConvert={canConvert(idea.structureId)} />
        ))}
      </SimpleGrid>
      {proposing && structure !== null && <ProposeIdeaDrawer structureId={structure.id} onClose={() => setProposing(false)} />}
    </Stack>
  );
}
