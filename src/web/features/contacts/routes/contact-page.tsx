import { Badge, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconHistory, IconInfoCircle, IconMail, IconMessages, IconPhone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Contact } from '../../../../contracts/contacts.ts';
import { CONTACT_TABS, PARTNERS_PATH, TAB_PARAM } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { HistoryPanel } from '../../audit/components/history-panel.tsx';
import { ExchangesPanel } from '../../interactions/components/exchanges-panel.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { affiliationsQueryOptions, contactQueryOptions } from '../api/contacts.ts';
import { ContactAffiliations } from '../components/contact-affiliations.tsx';
import { ContactOverviewForm } from '../components/contact-overview-form.tsx';
import { contactName } from '../components/organisation-contacts-panel.tsx';

const TAB_ICONS = { overview: IconInfoCircle, exchanges: IconMessages, history: IconHistory } as const;

/** Under the name: current roles, and how to reach the person (unless they refused the channel). */
function ContactFacts({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const affiliations = useQuery(affiliationsQueryOptions(contact.id));
  const current = (affiliations.data ?? []).filter((affiliation) => affiliation.current);
  return (
    <>
      {current.length > 0 && (
        <Group gap="xs">
          {current.map((affiliation) => (
            <Badge key={affiliation.id} variant="light" tt="none">
              {[affiliation.role, affiliation.organisation.name].filter(Boolean).join(' · ')}
            </Badge>
          ))}
        </Group>
      )}
      <Group gap="lg">
        {contact.emails[0] !== undefined && (
          <Group gap={4} wrap="nowrap">
            <IconMail size={16} aria-hidden />
            <Text size="sm">
              {contact.emails[0]}
              {contact.consent.optOuts.email && ` (${t('contacts.optedOut')})`}
            </Text>
          </Group>
        )}
        {contact.phones[0] !== undefined && (
          <Group gap={4} wrap="nowrap">
            <IconPhone size={16} aria-hidden />
            <Text size="sm">
              {contact.phones[0]}
              {contact.consent.optOuts.phone && ` (${t('contacts.optedOut')})`}
            </Text>
          </Group>
        )}
      </Group>
    </>
  );
}

function ContactTabs({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { structure, role } = useCurrentStructure();
  const canWrite = role !== null && role !== 'observer';
  const requested = searchParams.get(TAB_PARAM);
  const active = Object.values(CONTACT_TABS).find((slug) => slug === requested) ?? CONTACT_TABS.overview;
  const links = canWrite && structure !== null ? { structureId: structure.id, contactId: contact.id } : null;
  return (
    <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
      <Tabs.List mb="md">
        {(Object.keys(CONTACT_TABS) as (keyof typeof CONTACT_TABS)[]).map((tab) => {
          const Icon = TAB_ICONS[tab];
          return (
            <Tabs.Tab key={tab} value={CONTACT_TABS[tab]} leftSection={<Icon size={16} aria-hidden />}>
              {t(`contacts.tabs.${tab}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value={CONTACT_TABS.overview}>
        {active === CONTACT_TABS.overview && (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <ContactOverviewForm key={contact.id} contact={contact} readOnly={!canWrite} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ContactAffiliations contactId={contact.id} canWrite={canWrite} />
            </Grid.Col>
          </Grid>
        )}
      </Tabs.Panel>
      <Tabs.Panel value={CONTACT_TABS.exchanges}>
        {active === CONTACT_TABS.exchanges && (
          <ExchangesPanel
            subject={{ contactId: contact.id }}
            links={links}
            contacts={[{ id: contact.id, name: contactName(contact) }]}
            pickContact={false}
          />
        )}
      </Tabs.Panel>
      <Tabs.Panel value={CONTACT_TABS.history}>
        {active === CONTACT_TABS.history && <HistoryPanel entityType="contact" id={contact.id} />}
      </Tabs.Panel>
    </Tabs>
  );
}

export function ContactPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contact = useQuery(contactQueryOptions(id));
  if (contact.isPending) return <RecordSkeleton />;
  if (contact.isError) {
    return (
      <Stack>
        <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
        <QueryError error={contact.error} onRetry={() => void contact.refetch()} />
      </Stack>
    );
  }
  return (
    <>
      <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
      <PageHeader title={contactName(contact.data)} facts={<ContactFacts contact={contact.data} />} />
      <ContactTabs contact={contact.data} />
    </>
  );
}
