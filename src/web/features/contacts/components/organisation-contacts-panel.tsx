import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { affiliationSchema, Contact } from '../../../../contracts/contacts.ts';
import { contactPath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { affiliationsQueryOptions, organisationContactsQueryOptions } from '../api/contacts.ts';
import { AddContactDrawer } from './add-contact-drawer.tsx';
import { AffiliationPeriod } from './affiliation-period.tsx';

type Affiliation = z.infer<typeof affiliationSchema>;

export const contactName = (contact: Pick<Contact, 'firstName' | 'lastName'>) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ');

function ContactRow({ contact, affiliation }: { contact: Contact; affiliation: Affiliation | undefined }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={contactPath(contact.id)}>
          {contactName(contact)}
        </Anchor>
      </Table.Th>
      <Table.Td>{affiliation?.role ?? t('common.notProvided')}</Table.Td>
      <Table.Td>
        {affiliation === undefined ? null : (
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light" color={affiliation.current ? 'teal' : 'gray'} tt="none" size="sm">
              {affiliation.current ? t('contacts.current') : t('contacts.past')}
            </Badge>
            <AffiliationPeriod affiliation={affiliation} />
          </Group>
        )}
      </Table.Td>
      <Table.Td>{contact.emails[0] ?? t('common.notProvided')}</Table.Td>
      <Table.Td>{contact.phones[0] ?? t('common.notProvided')}</Table.Td>
    </Table.Tr>
  );
}

/** The "Contacts" tab: people with a role in the organisation, now or before. */
export function OrganisationContactsPanel({ organisation, canWrite }: { organisation: { id: string; name: string }; canWrite: boolean }) {
  const { t } = useTranslation();
  const contacts = useQuery(organisationContactsQueryOptions(organisation.id));
  // The list names the people; each one's affiliations give the role and dates here.
  const affiliations = useQueries({ queries: (contacts.data ?? []).map((contact) => affiliationsQueryOptions(contact.id)) });
  const [drawerOpened, drawer] = useDisclosure(false);

  if (contacts.isPending) return <TableSkeleton rows={3} />;
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const addButton = canWrite ? (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('contacts.add')}
    </Button>
  ) : undefined;
  const affiliationOf = (index: number) =>
    affiliations[index]?.data
      ?.filter((affiliation) => affiliation.organisation.id === organisation.id)
      .sort((a, b) => Number(b.current) - Number(a.current))[0];

  return (
    <>
      {contacts.data.length === 0 ? (
        <EmptyBlock title={t('contacts.emptyTitle')} description={t('contacts.emptyText')} action={addButton} />
      ) : (
        <>
          <Group justify="space-between" mb="sm">
            <Text size="sm" c="dimmed">
              {t('contacts.hint')}
            </Text>
            {addButton}
          </Group>
          <ListTable
            caption={t('contacts.caption', { organisation: organisation.name, total: contacts.data.length })}
            columns={[
              t('contacts.columns.name'),
              t('contacts.columns.role'),
              t('contacts.columns.period'),
              t('fields.email'),
              t('fields.phone'),
            ]}
            minWidth={760}
          >
            {contacts.data.map((contact, index) => (
              <ContactRow key={contact.id} contact={contact} affiliation={affiliationOf(index)} />
            ))}
          </ListTable>
        </>
      )}
      {canWrite && (
        <AddContactDrawer
          opened={drawerOpened}
          onClose={drawer.close}
          organisation={organisation}
          affiliatedIds={contacts.data.map((contact) => contact.id)}
        />
      )}
    </>
  );
}
