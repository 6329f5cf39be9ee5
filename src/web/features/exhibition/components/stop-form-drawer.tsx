import { Alert, Button, Drawer, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stop } from '../../../../contracts/exhibitions.ts';
import { organisationPageSchema } from '../../../../contracts/organisations.ts';
import { IDF_DEPARTEMENTS } from '../../../../contracts/roles.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { useSaveStop } from '../api/exhibition.ts';

type Departement = (typeof IDF_DEPARTEMENTS)[number];
const DATE_FIELDS = ['installFrom', 'opensOn', 'closesOn', 'removalUntil'] as const;

interface Props {
  exhibitionId: string;
  /** null: a new stop. */
  stop: Stop | null;
  onClose: () => void;
}

/** The coordination's stop form; a clash with another stop or at the venue is shown on the form, in the server's words. */
export function StopFormDrawer({ exhibitionId, stop, onClose }: Props) {
  const { t } = useTranslation();
  const { options } = useCurrentStructure();
  const [values, setValues] = useState({
    structureId: stop?.structureId ?? null,
    departement: (stop?.departement ?? null) as Departement | null,
    venueId: stop?.venueId ?? null,
    installFrom: stop?.installFrom ?? '',
    opensOn: stop?.opensOn ?? '',
    closesOn: stop?.closesOn ?? '',
    removalUntil: stop?.removalUntil ?? '',
  });
  const [search, setSearch] = useState(stop?.venue?.name ?? '');
  const [query] = useDebouncedValue(search.trim(), 250);
  const venues = useQuery({
    queryKey: ['organisations', 'pick', query],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/organisations', { q: query, pageSize: '20' }), organisationPageSchema, signal),
    enabled: query.length >= 2,
  });
  const venueOptions = (venues.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (stop?.venue && !venueOptions.some((o) => o.value === stop.venue!.id))
    venueOptions.push({ value: stop.venue.id, label: stop.venue.name });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [clash, setClash] = useState<string | null>(null);
  const save = useSaveStop();

  const submit = () => {
    const missing: FieldErrors = {};
    for (const key of ['structureId', 'departement', ...DATE_FIELDS] as const) if (!values[key]) missing[key] = t('validation.required');
    setErrors(missing);
    setClash(null);
    if (Object.keys(missing).length) return;
    const fields = { ...values, structureId: values.structureId!, departement: values.departement! };
    save.mutate(stop ? { id: stop.id, body: { ...fields, version: stop.version } } : { exhibitionId, body: fields }, {
      onSuccess: () => {
        notifySuccess(t('exhibition.stopSaved'));
        onClose();
      },
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        setClash(errorMessage(error, t));
      },
    });
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      position="right"
      title={stop ? t('exhibition.editStop') : t('exhibition.addStop')}
    >
      <Stack>
        {clash !== null && (
          <Alert color="red" title={t('exhibition.clash')} role="alert">
            {clash}
          </Alert>
        )}
        <Select
          label={t('exhibition.fields.structure')}
          data={options.filter((s) => s.kind === 'local').map((s) => ({ value: s.id, label: s.name }))}
          value={values.structureId}
          onChange={(structureId) => setValues((v) => ({ ...v, structureId }))}
          error={errors.structureId}
          required
        />
        <Select
          label={t('exhibition.fields.departement')}
          data={[...IDF_DEPARTEMENTS]}
          value={values.departement}
          onChange={(departement) => setValues((v) => ({ ...v, departement: departement as Departement | null }))}
          error={errors.departement}
          required
        />
        <Select
          label={t('exhibition.fields.venue')}
          placeholder={t('exhibition.fields.searchVenue')}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          data={venueOptions}
          filter={({ options: all }) => all}
          value={values.venueId}
          onChange={(venueId) => setValues((v) => ({ ...v, venueId }))}
          error={errors.venueId}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {DATE_FIELDS.map((key) => (
            <TextInput
              key={key}
              type="date"
              label={t(`exhibition.fields.${key}`)}
              value={values[key]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((v) => ({ ...v, [key]: value }));
              }}
              error={errors[key]}
              required
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
