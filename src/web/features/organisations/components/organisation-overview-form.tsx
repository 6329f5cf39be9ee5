import { Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Organisation, organisationSchema, organisationUpdateSchema } from '../../../../contracts/organisations.ts';
import { StaleAlert } from '../../../components/ui/stale-alert.tsx';
import { validate } from '../../../lib/form-errors.ts';
import { useVersionedForm } from '../../../lib/use-versioned-form.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { organisationKeys, organisationQueryOptions, useUpdateOrganisation } from '../api/organisations.ts';
import { IDENTIFIER_KEYS } from './organisation-candidate.ts';
import { type OrganisationFormValues, organisationFormValues, toOrganisationUpdate } from './organisation-form-values.ts';
import type { Sector } from './sector-badge.tsx';

type Form = ReturnType<typeof useOrganisationForm>['form'];
type SectionProps = { form: Form; readOnly: boolean };

function useOrganisationForm(organisation: Organisation) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateOrganisation(organisation.id);
  const editing = useVersionedForm({
    record: organisation,
    toValues: organisationFormValues,
    check: (values: OrganisationFormValues, version) => validate(organisationUpdateSchema, toOrganisationUpdate(values, version), t),
    save: (body, callbacks) => update.mutate(body, callbacks),
    parseCurrent: (current) => organisationSchema.safeParse(current).data ?? null,
    fetchFresh: () => queryClient.fetchQuery({ ...organisationQueryOptions(organisation.id), staleTime: 0 }),
    store: (fresh) => queryClient.setQueryData(organisationKeys.detail(organisation.id), fresh),
    savedMessage: t('organisations.saved'),
  });
  return { ...editing, isSaving: update.isPending };
}

function SectionLegend({ text }: { text: string }) {
  return (
    <Text fw={700} size="lg" mb="xs" span>
      {text}
    </Text>
  );
}

function IdentityFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('fields.name')} required readOnly={readOnly} {...form.textProps('name')} />
        <Select<Sector>
          label={t('organisations.fields.sector')}
          required
          data={vocabularyOptions(t).sectors as { value: Sector; label: string }[]}
          value={form.values.sector}
          onChange={(sector) => sector !== null && form.setField('sector', sector)}
          allowDeselect={false}
          readOnly={readOnly}
        />
        <TextInput label={t('organisations.fields.legalForm')} readOnly={readOnly} {...form.textProps('legalForm')} />
        <TextInput label={t('organisations.fields.website')} type="url" readOnly={readOnly} {...form.textProps('website')} />
      </SimpleGrid>
      <Textarea
        label={t('organisations.fields.description')}
        autosize
        minRows={2}
        maxRows={8}
        readOnly={readOnly}
        value={form.values.description}
        onChange={(event) => form.setField('description', event.currentTarget.value)}
        error={form.errors.description}
      />
    </>
  );
}

function PlaceFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset legend={<SectionLegend text={t('organisations.sections.address')} />} variant="unstyled">
        <Stack gap="sm">
          <TextInput label={t('fields.address')} autoComplete="street-address" readOnly={readOnly} {...form.textProps('address')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput label={t('fields.postcode')} inputMode="numeric" readOnly={readOnly} {...form.textProps('postcode')} />
            <TextInput label={t('fields.city')} readOnly={readOnly} {...form.textProps('city')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={<SectionLegend text={t('organisations.sections.identifiers')} />} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {IDENTIFIER_KEYS.map((key) => (
            <TextInput
              key={key}
              label={t(`organisations.identifiers.${key}`)}
              description={t(`organisations.identifiers.${key}Hint`)}
              readOnly={readOnly}
              spellCheck={false}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...form.textProps(key)}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}

function AudienceFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const clear = { clearable: !readOnly, clearButtonProps: { 'aria-label': t('actions.clear') } };
  return (
    <>
      <MultiSelect
        label={t('organisations.fields.publics')}
        data={vocabularyOptions(t).publics}
        value={form.values.publics}
        onChange={(publics) => form.setField('publics', publics)}
        readOnly={readOnly}
        {...clear}
      />
      <TagsInput
        label={t('organisations.fields.tags')}
        description={t('organisations.fields.tagsHint')}
        value={form.values.tags}
        onChange={(tags) => form.setField('tags', tags)}
        error={form.errors.tags}
        readOnly={readOnly}
        {...clear}
      />
    </>
  );
}

/** The "Aperçu" tab: the organisation edited in place, sending the version it was read at. */
export function OrganisationOverviewForm({ organisation, readOnly }: { organisation: Organisation; readOnly: boolean }) {
  const { t } = useTranslation();
  const { form, isStale, reload, onSubmit, isSaving } = useOrganisationForm(organisation);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={760} gap="md">
        {isStale && <StaleAlert onReload={() => void reload()} />}
        <IdentityFields form={form} readOnly={readOnly} />
        <PlaceFields form={form} readOnly={readOnly} />
        <AudienceFields form={form} readOnly={readOnly} />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={isSaving} disabled={isStale}>
              {t('actions.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
