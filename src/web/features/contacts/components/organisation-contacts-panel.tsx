import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { Contact, contactListItemSchema } from '../../../../contracts/contacts.ts';
import { contactPath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { ListTable } from '../../../components/ui/list-table.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { ExportMenu } from '../../exports/components/export-menu.tsx';
import { organisationContactsQueryOptions } from '../api/contacts.ts';
import { AddContactDrawer } from './add-contact-drawer.tsx';
import { AffiliationPeriod } from './affiliation-period.tsx';

/** Listed with an organisation, each contact carries their affiliation to it. */
type ListedContact = z.infer<typeof contactListItemSchema>;

export const contactName = (contact: Pick<Contact, 'firstName' | 'lastName'>) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ');

function ContactRow({ contact }: { contact: ListedContact }) {
  const { t } = useTranslation();
  const { affiliation } = contact;
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
  const [drawerOpened, drawer] = useDisclosure(false);

  if (contacts.isPending) return <TableSkeleton rows={3} />;
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const addButton = canWrite ? (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={drawer.open}>
      {t('contacts.add')}
    </Button>
  ) : undefined;

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
            {canWrite && <ExportMenu list="contacts" query={{ organisationId: organisation.id }} />}
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
            {contacts.data.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
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
