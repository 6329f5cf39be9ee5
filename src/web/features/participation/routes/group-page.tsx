import { Badge, Grid, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PARTICIPATION_PATH } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { groupQueryOptions } from '../api/groups.ts';
import { FormLinkCard } from '../components/form-link-card.tsx';
import { SessionsPanel } from '../components/sessions-panel.tsx';

export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { role } = useCurrentStructure();
  const group = useQuery(groupQueryOptions(id));
  const canWrite = role !== null && role !== 'observer';
  const back = <BackLink to={PARTICIPATION_PATH} label={t('participation.back')} />;
  if (group.isPending) return <RecordSkeleton />;
  if (group.isError) {
    return (
      <Stack>
        {back}
        <QueryError error={group.error} onRetry={() => void group.refetch()} />
      </Stack>
    );
  }
  const g = group.data;
  return (
    <>
      {back}
      <PageHeader
        title={g.name}
        description={[g.neighbourhood, g.size === null ? null : t('participation.groups.people', { count: g.size })]
          .filter(Boolean)
          .join(' · ')}
        facts={
          <Group gap={6}>
            {g.public && <Badge variant="light">{t(`publics.${g.public}`)}</Badge>}
            {g.qpvCode && <Badge variant="outline">{t('participation.groups.qpv', { code: g.qpvCode })}</Badge>}
          </Group>
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SessionsPanel group={g} canWrite={canWrite} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <FormLinkCard group={g} canWrite={canWrite} />
        </Grid.Col>
      </Grid>
    </>
  );
}
