import { Alert, Tabs } from '@mantine/core';
import { IconMessageCircle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PARTICIPATION_TABS, TAB_PARAM } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { GroupsPanel } from '../components/groups-panel.tsx';
import { ModerationQueue } from '../components/moderation-queue.tsx';

export function ParticipationPage() {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const [searchParams, setSearchParams] = useSearchParams();
  const active = searchParams.get(TAB_PARAM) === PARTICIPATION_TABS.moderation ? PARTICIPATION_TABS.moderation : PARTICIPATION_TABS.groups;
  const canWrite = role !== null && role !== 'observer';
  return (
    <>
      <PageHeader title={t('nav.participation')} description={t('areaDescriptions.participation')} />
      {structure === null ? (
        <Alert variant="light">{t('participation.noStructure')}</Alert>
      ) : (
        <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
          <Tabs.List mb="md">
            <Tabs.Tab value={PARTICIPATION_TABS.groups} leftSection={<IconUsersGroup size={16} aria-hidden />}>
              {t('participation.tabs.groups')}
            </Tabs.Tab>
            <Tabs.Tab value={PARTICIPATION_TABS.moderation} leftSection={<IconMessageCircle size={16} aria-hidden />}>
              {t('participation.tabs.moderation')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={PARTICIPATION_TABS.groups}>
            {active === PARTICIPATION_TABS.groups && <GroupsPanel structureId={structure.id} canWrite={canWrite} />}
          </Tabs.Panel>
          <Tabs.Panel value={PARTICIPATION_TABS.moderation}>
            {active === PARTICIPATION_TABS.moderation && <ModerationQueue structureId={structure.id} canWrite={canWrite} />}
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
