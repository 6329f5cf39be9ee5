import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Contact, contactSchema, contactUpdateSchema, LEGAL_BASES } from '../../../../contracts/contacts.ts';
import { StaleAlert } from '../../../components/ui/stale-alert.tsx';
import { validate } from '../../../lib/form-errors.ts';
import { useVersionedForm } from '../../../lib/use-versioned-form.ts';
import { contactKeys, contactQueryOptions, useUpdateContact } from '../api/contacts.ts';
import { type ContactFormValues, contactFormValues, OPT_OUT_CHANNELS, toContactUpdate } from './contact-form-values.ts';

type Form = ReturnType<typeof useContactForm>['form'];
type SectionProps = { form: Form; readOnly: boolean };

function useContactForm(contact: Contact) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateContact(contact.id);
  const editing = useVersionedForm({
    record: contact,
    toValues: contactFormValues,
    check: (values: ContactFormValues, version) => validate(contactUpdateSchema, toContactUpdate(values, version), t),
    save: (body, callbacks) => update.mutate(body, callbacks),
    parseCurrent: (current) => contactSchema.safeParse(current).data ?? null,
    fetchFresh: () => queryClient.fetchQuery({ ...contactQueryOptions(contact.id), staleTime: 0 }),
    store: (fresh) => queryClient.setQueryData(contactKeys.detail(contact.id), fresh),
    savedMessage: t('contacts.saved'),
  });
  return { ...editing, isSaving: update.isPending };
}

function PersonFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={t('contacts.fields.firstName')} readOnly={readOnly} {...form.textProps('firstName')} />
        <TextInput label={t('contacts.fields.lastName')} required readOnly={readOnly} {...form.textProps('lastName')} />
      </SimpleGrid>
      <TagsInput
        label={t('contacts.fields.emails')}
        description={t('contacts.fields.listHint')}
        value={values.emails}
        onChange={(emails) => form.setField('emails', emails)}
        error={form.errors.emails}
        readOnly={readOnly}
      />
      <TagsInput
        label={t('contacts.fields.phones')}
        description={t('contacts.fields.listHint')}
        value={values.phones}
        onChange={(phones) => form.setField('phones', phones)}
        error={form.errors.phones}
        readOnly={readOnly}
      />
      <Select
        label={t('contacts.fields.language')}
        data={[
          { value: 'fr', label: t('contacts.languages.fr') },
          { value: 'en', label: t('contacts.languages.en') },
        ]}
        value={values.language}
        onChange={(language) => language !== null && form.setField('language', language === 'en' ? 'en' : 'fr')}
        allowDeselect={false}
        readOnly={readOnly}
      />
    </>
  );
}

/** GDPR: the legal basis, when consent was given, and the channels the person refused. */
function ConsentFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <Fieldset legend={t('contacts.consent.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('contacts.consent.legalBasis')}
            data={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`legalBases.${basis}`) }))}
            value={values.legalBasis}
            onChange={(basis) => form.setField('legalBasis', basis)}
            readOnly={readOnly}
            clearable={!readOnly}
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
          <TextInput type="date" label={t('contacts.consent.date')} readOnly={readOnly} {...form.textProps('consentDate')} />
        </SimpleGrid>
        <Checkbox.Group
          label={t('contacts.consent.optOuts')}
          description={t('contacts.consent.optOutsHint')}
          value={values.optOuts}
          onChange={(optOuts) => form.setField('optOuts', optOuts)}
          readOnly={readOnly}
        >
          <Group gap="lg" mt="xs">
            {OPT_OUT_CHANNELS.map((channel) => (
              <Checkbox key={channel} value={channel} label={t(`contacts.consent.channels.${channel}`)} disabled={readOnly} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}

/** The person's details and consent, edited in place with the version they were read at. */
export function ContactOverviewForm({ contact, readOnly }: { contact: Contact; readOnly: boolean }) {
  const { t } = useTranslation();
  const { form, isStale, reload, onSubmit, isSaving } = useContactForm(contact);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {isStale && <StaleAlert onReload={() => void reload()} />}
        <PersonFields form={form} readOnly={readOnly} />
        <ConsentFields form={form} readOnly={readOnly} />
        <Textarea
          label={t('contacts.fields.notes')}
          autosize
          minRows={2}
          value={form.values.notes}
          onChange={(event) => form.setField('notes', event.currentTarget.value)}
          readOnly={readOnly}
        />
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
