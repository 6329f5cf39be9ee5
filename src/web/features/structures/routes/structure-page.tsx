import { Anchor, Group, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft, IconHistory, IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { administrationTabPath, TAB_PARAM } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { HistoryPanel } from '../../audit/components/history-panel.tsx';
import { MembersPanel } from '../../memberships/components/members-panel.tsx';
import { structureQueryOptions } from '../api/structures.ts';
import { DeleteStructureButton } from '../components/delete-structure-button.tsx';
import { StructureBadges } from '../components/structure-badges.tsx';
import { StructureForm } from '../components/structure-form.tsx';

const TABS = { overview: 'apercu', members: 'membres', history: 'historique' } as const;

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={administrationTabPath('structures')} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('structure.back')}
      </Group>
    </Anchor>
  );
}

export function StructurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useQuery(structureQueryOptions(id));
  const requested = searchParams.get(TAB_PARAM);
  const active = Object.values(TABS).find((slug) => slug === requested) ?? TABS.overview;

  if (query.isPending) {
    return (
      <Stack>
        <Skeleton height={36} width="50%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Stack>
        <BackLink />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  const structure = query.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={structure.name}
        facts={<StructureBadges structure={structure} />}
        actions={<DeleteStructureButton structure={structure} />}
      />
      <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value={TABS.overview} leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('structure.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value={TABS.members} leftSection={<IconUsers size={16} aria-hidden />}>
            {t('structure.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab value={TABS.history} leftSection={<IconHistory size={16} aria-hidden />}>
            {t('structure.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={TABS.overview}>
          {active === TABS.overview && <StructureForm key={structure.id} structure={structure} />}
        </Tabs.Panel>
        <Tabs.Panel value={TABS.members}>{active === TABS.members && <MembersPanel structure={structure} />}</Tabs.Panel>
        <Tabs.Panel value={TABS.history}>{active === TABS.history && <HistoryPanel entityType="structure" id={structure.id} />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
