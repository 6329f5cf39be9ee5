import { Grid, Stack, Tabs } from '@mantine/core';
import { IconHistory, IconInfoCircle, IconListCheck, IconMessages, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Organisation } from '../../../../contracts/organisations.ts';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { ORGANISATION_TABS, PARTNERS_PATH, TAB_PARAM } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { OrganisationCommitments } from '../../action-plan/components/organisation-commitments.tsx';
import { HistoryPanel } from '../../audit/components/history-panel.tsx';
import { organisationContactsQueryOptions } from '../../contacts/api/contacts.ts';
import { contactName, OrganisationContactsPanel } from '../../contacts/components/organisation-contacts-panel.tsx';
import { ExchangesPanel } from '../../interactions/components/exchanges-panel.tsx';
import { type Member, useStructureMembers } from '../../memberships/api/structure-members.ts';
import { partnershipsQueryOptions } from '../../partnerships/api/partnerships.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { TasksPanel } from '../../tasks/components/tasks-panel.tsx';
import { organisationQueryOptions } from '../api/organisations.ts';
import { OrganisationFacts } from '../components/organisation-facts.tsx';
import { OrganisationOverviewForm } from '../components/organisation-overview-form.tsx';
import { OrganisationPartnerships } from '../components/organisation-partnerships.tsx';

type Slug = (typeof ORGANISATION_TABS)[keyof typeof ORGANISATION_TABS];

const TAB_ICONS = {
  overview: IconInfoCircle,
  contacts: IconUsers,
  exchanges: IconMessages,
  tasks: IconListCheck,
  history: IconHistory,
} as const;

interface TabsProps {
  organisation: Organisation;
  partnerships: Partnership[];
  members: Member[];
  active: Slug;
}

function OrganisationTabs({ organisation, partnerships, members, active }: TabsProps) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const { structure, role } = useCurrentStructure();
  const canWrite = role !== null && role !== 'observer';
  const contacts = useQuery(organisationContactsQueryOptions(organisation.id));
  const people = (contacts.data ?? []).map((contact) => ({ id: contact.id, name: contactName(contact) }));
  const current = partnerships.find((partnership) => partnership.structureId === structure?.id);
  const links =
    canWrite && structure !== null
      ? { structureId: structure.id, organisationId: organisation.id, partnershipId: current?.id ?? null }
      : null;

  return (
    <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
      <Tabs.List mb="md">
        {(Object.keys(ORGANISATION_TABS) as (keyof typeof ORGANISATION_TABS)[]).map((tab) => {
          const Icon = TAB_ICONS[tab];
          return (
            <Tabs.Tab key={tab} value={ORGANISATION_TABS[tab]} leftSection={<Icon size={16} aria-hidden />}>
              {t(`organisations.tabs.${tab}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value={ORGANISATION_TABS.overview}>
        {active === ORGANISATION_TABS.overview && (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <OrganisationOverviewForm key={organisation.id} organisation={organisation} readOnly={!canWrite} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <OrganisationPartnerships
                organisation={organisation}
                structure={structure}
                partnerships={partnerships}
                members={members}
                canWrite={canWrite}
              />
              <OrganisationCommitments organisationId={organisation.id} />
            </Grid.Col>
          </Grid>
        )}
      </Tabs.Panel>
      <Tabs.Panel value={ORGANISATION_TABS.contacts}>
        {active === ORGANISATION_TABS.contacts && <OrganisationContactsPanel organisation={organisation} canWrite={canWrite} />}
      </Tabs.Panel>
      <Tabs.Panel value={ORGANISATION_TABS.exchanges}>
        {active === ORGANISATION_TABS.exchanges && (
          <ExchangesPanel subject={{ organisationId: organisation.id }} links={links} contacts={people} pickContact />
        )}
      </Tabs.Panel>
      <Tabs.Panel value={ORGANISATION_TABS.tasks}>
        {active === ORGANISATION_TABS.tasks && (
          <TasksPanel subject={{ organisationId: organisation.id }} links={links === null ? null : { ...links }} members={members} />
        )}
      </Tabs.Panel>
      <Tabs.Panel value={ORGANISATION_TABS.history}>
        {active === ORGANISATION_TABS.history && <HistoryPanel entityType="organisation" id={organisation.id} />}
      </Tabs.Panel>
    </Tabs>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { structure } = useCurrentStructure();
  const organisation = useQuery(organisationQueryOptions(id));
  // Every readable structure's partnership with it: the coordination reads them all.
  const partnerships = useQuery({ ...partnershipsQueryOptions({ organisationId: id, pageSize: '100' }), placeholderData: undefined });
  const { members } = useStructureMembers(structure?.id);
  const requested = searchParams.get(TAB_PARAM);
  const active = Object.values(ORGANISATION_TABS).find((slug) => slug === requested) ?? ORGANISATION_TABS.overview;

  if (organisation.isPending || partnerships.isPending) return <RecordSkeleton />;
  if (organisation.isError || partnerships.isError) {
    return (
      <Stack>
        <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
        <QueryError
          error={organisation.error ?? partnerships.error}
          onRetry={() => {
            void organisation.refetch();
            void partnerships.refetch();
          }}
        />
      </Stack>
    );
  }
  const current = partnerships.data.items.find((partnership) => partnership.structureId === structure?.id);
  const owner = current?.ownerId == null ? null : (members.find((member) => member.id === current.ownerId)?.name ?? null);
  return (
    <>
      <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
      <PageHeader
        title={organisation.data.name}
        facts={
          <OrganisationFacts organisation={organisation.data} partnership={current} structureName={structure?.name} ownerName={owner} />
        }
      />
      <OrganisationTabs organisation={organisation.data} partnerships={partnerships.data.items} members={members} active={active} />
    </>
  );
}
