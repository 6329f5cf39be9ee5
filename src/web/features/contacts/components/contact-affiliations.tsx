import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { affiliationSchema } from '../../../../contracts/contacts.ts';
import { organisationPath } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { emptyToNull } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { parisToday } from '../../../lib/paris-time.ts';
import { DirectoryPicker, type PickedRecord } from '../../search/components/directory-picker.tsx';
import { affiliationsQueryOptions, useCreateAffiliation, useUpdateAffiliation } from '../api/contacts.ts';
import { AffiliationPeriod } from './affiliation-period.tsx';

type Affiliation = z.infer<typeof affiliationSchema>;

function AffiliationItem({ affiliation, canWrite }: { affiliation: Affiliation; canWrite: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateAffiliation();
  // Ending keeps the record: the person's past roles stay in their history.
  const end = () =>
    update.mutate(
      { contactId: affiliation.contactId, affiliationId: affiliation.id, version: affiliation.version, endOn: parisToday() },
      {
        onSuccess: () => notifySuccess(t('contacts.affiliations.ended', { organisation: affiliation.organisation.name })),
        onError: notifyError,
      },
    );
  return (
    <Group justify="space-between" align="flex-start" gap="xs">
      <div>
        <Group gap="xs">
          <Anchor component={Link} to={organisationPath(affiliation.organisation.id)} fw={600} size="sm">
            {affiliation.organisation.name}
          </Anchor>
          {affiliation.primary && (
            <Badge size="xs" variant="light" tt="none">
              {t('contacts.affiliations.primary')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{affiliation.role ?? t('contacts.affiliations.noRole')}</Text>
        <AffiliationPeriod affiliation={affiliation} />
      </div>
      {canWrite && affiliation.current && (
        <Button size="compact-sm" variant="default" onClick={end} loading={update.isPending}>
          {t('contacts.affiliations.end')}
        </Button>
      )}
    </Group>
  );
}

function AddAffiliationForm({ contactId, exclude }: { contactId: string; exclude: string[] }) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState<PickedRecord | null>(null);
  const [role, setRole] = useState('');
  const [startOn, setStartOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const create = useCreateAffiliation();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (organisation === null) return setError(t('validation.required'));
    create.mutate(
      { contactId, organisationId: organisation.id, role: emptyToNull(role), startOn: emptyToNull(startOn) },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.affiliations.added', { organisation: organisation.label }));
          setOrganisation(null);
          setRole('');
          setStartOn('');
        },
        onError: notifyError,
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-affiliation-title">
      <Stack gap="sm">
        <Text fw={600} id="add-affiliation-title">
          {t('contacts.affiliations.add')}
        </Text>
        <DirectoryPicker
          type="organisation"
          label={t('contacts.affiliations.organisation')}
          value={organisation}
          onChange={setOrganisation}
          error={error}
          exclude={exclude}
        />
        <TextInput label={t('contacts.fields.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} />
        <TextInput type="date" label={t('contacts.fields.startOn')} value={startOn} onChange={(e) => setStartOn(e.currentTarget.value)} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('contacts.affiliations.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Where the person works and worked: current roles first, then past ones, each with its dates. */
export function ContactAffiliations({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const affiliations = useQuery(affiliationsQueryOptions(contactId));
  if (affiliations.isPending) return <TableSkeleton rows={2} />;
  if (affiliations.isError) return <QueryError error={affiliations.error} onRetry={() => void affiliations.refetch()} />;
  const current = affiliations.data.filter((affiliation) => affiliation.current);
  const past = affiliations.data.filter((affiliation) => !affiliation.current);
  const section = (key: 'current' | 'past', items: Affiliation[]) => (
    <section aria-labelledby={`affiliations-${key}`}>
      <Title order={3} size="h5" id={`affiliations-${key}`} mb="xs">
        {t(`contacts.affiliations.${key}`, { count: items.length })}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`contacts.affiliations.${key}Empty`)}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((affiliation) => (
            <AffiliationItem key={affiliation.id} affiliation={affiliation} canWrite={canWrite} />
          ))}
        </Stack>
      )}
    </section>
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="affiliations-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="affiliations-title">
          {t('contacts.affiliations.title')}
        </Title>
        {section('current', current)}
        {section('past', past)}
        {canWrite && <AddAffiliationForm contactId={contactId} exclude={current.map((affiliation) => affiliation.organisation.id)} />}
      </Stack>
    </Card>
  );
}
