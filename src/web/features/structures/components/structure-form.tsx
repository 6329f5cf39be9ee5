import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Structure, structureSchema, structureUpdateSchema } from '../../../../contracts/structures.ts';
import { StaleAlert } from '../../../components/ui/stale-alert.tsx';
import { isStaleError } from '../../../lib/error-message.ts';
import { emptyToNull, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { structureKeys, structureQueryOptions, useUpdateStructure } from '../api/structures.ts';

function formValues(structure: Structure) {
  return {
    name: structure.name,
    address: structure.address ?? '',
    postcode: structure.postcode ?? '',
    city: structure.city ?? '',
    email: structure.email ?? '',
    phone: structure.phone ?? '',
  };
}

type Values = ReturnType<typeof formValues>;

/** Exactly the fields the update contract accepts: it is strict and refuses anything else. */
function toUpdate(values: Values, version: number) {
  return {
    version,
    name: values.name.trim(),
    address: emptyToNull(values.address),
    postcode: emptyToNull(values.postcode),
    city: emptyToNull(values.city),
    email: emptyToNull(values.email),
    phone: emptyToNull(values.phone),
  };
}

/** The "Aperçu" tab: the record edited in place, sending the version it was read at. */
export function StructureForm({ structure }: { structure: Structure }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm(formValues(structure));
  // The version the form was filled from, not whatever a background refetch brought since:
  // saving must fail with 409 if someone else changed the record in between.
  const [version, setVersion] = useState(structure.version);
  // Set on a 409; holds the record as the server sent it back, when it could be read.
  const [stale, setStale] = useState<{ current: Structure | null } | null>(null);
  const update = useUpdateStructure(structure.id);

  const reload = async () => {
    try {
      const fresh = stale?.current ?? (await queryClient.fetchQuery({ ...structureQueryOptions(structure.id), staleTime: 0 }));
      queryClient.setQueryData(structureKeys.detail(structure.id), fresh);
      form.reset(formValues(fresh));
      setVersion(fresh.version);
      setStale(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(structureUpdateSchema, toUpdate(form.values, version), t);
    if (!checked.ok) return form.setErrors(checked.errors);
    update.mutate(checked.data, {
      onSuccess: (saved) => {
        form.reset(formValues(saved));
        setVersion(saved.version);
        notifySuccess(t('structure.saved'));
      },
      onError: (error) => {
        if (isStaleError(error)) {
          const current = structureSchema.safeParse(error.problem.current);
          return setStale({ current: current.success ? current.data : null });
        }
        form.setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={720}>
        {stale !== null && <StaleAlert onReload={() => void reload()} />}
        <TextInput label={t('fields.name')} required {...form.textProps('name')} />
        <TextInput label={t('fields.address')} autoComplete="street-address" {...form.textProps('address')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('fields.postcode')} inputMode="numeric" autoComplete="postal-code" {...form.textProps('postcode')} />
          <TextInput label={t('fields.city')} autoComplete="address-level2" {...form.textProps('city')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" {...form.textProps('email')} />
          <TextInput label={t('fields.phone')} type="tel" autoComplete="tel" {...form.textProps('phone')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending} disabled={stale !== null}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
