import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationPageSchema } from '../../../../contracts/organisations.ts';
import { ENGAGEMENTS } from '../../../../contracts/vocabulary.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { organisationContactsQueryOptions } from '../../contacts/api/contacts.ts';
import { contactName } from '../../contacts/components/organisation-contacts-panel.tsx';
import { useAddCommitment } from '../api/action-plans.ts';

/** Commits an organisation, found by name, signed by one of its contacts. */
export function AddCommitmentForm({ planId, actionId, onDone }: { planId: string; actionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [type, setType] = useState<string | null>('action_plan');
  const [signatoryContactId, setSignatory] = useState<string | null>(null);
  const [signedOn, setSignedOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const organisations = useQuery({
    queryKey: ['organisations', 'pick', query],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/organisations', { q: query, pageSize: '20' }), organisationPageSchema, signal),
    enabled: query.length >= 2,
  });
  const contacts = useQuery({ ...organisationContactsQueryOptions(organisationId ?? ''), enabled: organisationId !== null });
  const add = useAddCommitment();
  const submit = () => {
    if (!organisationId || !type) return setErrors({ organisationId: organisationId ? undefined : t('validation.required') });
    add.mutate(
      { planId, actionId, organisationId, type: type as (typeof ENGAGEMENTS)[number], signatoryContactId, signedOn: signedOn || null },
      {
        onSuccess: () => {
          notifySuccess(t('actionPlan.commitmentAdded'));
          onDone();
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Select
        label={t('actionPlan.fields.organisation')}
        placeholder={t('actionPlan.searchOrganisation')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={organisationId}
        onChange={(value) => {
          setOrganisationId(value);
          setSignatory(null);
        }}
        filter={({ options }) => options}
        nothingFoundMessage={query.length >= 2 ? t('actionPlan.noOrganisation') : undefined}
        error={errors.organisationId}
        required
      />
      <Group grow align="flex-start">
        <Select
          label={t('actionPlan.fields.commitmentType')}
          data={ENGAGEMENTS.map((value) => ({ value, label: t(`engagements.${value}`) }))}
          value={type}
          onChange={setType}
          required
        />
        <TextInput
          type="date"
          label={t('actionPlan.fields.signedOn')}
          value={signedOn}
          onChange={(e) => setSignedOn(e.currentTarget.value)}
        />
      </Group>
      <Select
        label={t('actionPlan.fields.signatory')}
        data={(contacts.data ?? []).map((c) => ({ value: c.id, label: contactName(c) }))}
        value={signatoryContactId}
        onChange={setSignatory}
        disabled={organisationId === null}
        clearable
        clearButtonProps={{ 'aria-label': t('actions.clear') }}
        error={errors.signatoryContactId}
      />
      <Group gap="xs">
        <Button size="xs" onClick={submit} loading={add.isPending}>
          {t('actionPlan.commit')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
