import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactCreateSchema } from '../../../../contracts/contacts.ts';
import { emptyToNull, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import type { PickedRecord } from '../../search/components/directory-picker.tsx';
import { useCreateAffiliation, useCreateContact } from '../api/contacts.ts';
import { useContactDuplicates } from './contact-duplicates.tsx';

const EMPTY = { firstName: '', lastName: '', email: '', phone: '', role: '', startOn: '' };

function contactBody(values: typeof EMPTY) {
  return {
    firstName: emptyToNull(values.firstName),
    lastName: values.lastName.trim(),
    emails: values.email.trim() === '' ? [] : [values.email.trim()],
    phones: values.phone.trim() === '' ? [] : [values.phone.trim()],
  };
}

interface AddContactOptions {
  opened: boolean;
  onClose: () => void;
  organisation: { id: string; name: string };
  affiliatedIds: string[];
}

/** Affiliates someone the directory knows, or creates the person first and then affiliates them. */
export function useAddContact({ opened, onClose, organisation, affiliatedIds }: AddContactOptions) {
  const { t } = useTranslation();
  const form = useForm(EMPTY);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [existing, setExisting] = useState<PickedRecord | null>(null);
  const duplicates = useContactDuplicates(form.values.lastName, form.values.email, opened && mode === 'new').filter(
    (duplicate) => !affiliatedIds.includes(duplicate.contact.id),
  );
  const createContact = useCreateContact();
  const createAffiliation = useCreateAffiliation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the opening matters
  useEffect(() => {
    if (!opened) return;
    form.reset(EMPTY);
    setMode('new');
    setExisting(null);
  }, [opened]);

  const affiliate = async (contact: PickedRecord) => {
    await createAffiliation.mutateAsync({
      contactId: contact.id,
      organisationId: organisation.id,
      role: emptyToNull(form.values.role),
      startOn: emptyToNull(form.values.startOn),
    });
    notifySuccess(t('contacts.added', { name: contact.label, organisation: organisation.name }));
    onClose();
  };

  const createThenAffiliate = async () => {
    const checked = validate(contactCreateSchema, contactBody(form.values), t);
    if (!checked.ok) {
      const { emails, phones, ...errors } = checked.errors;
      return form.setErrors({ ...errors, email: emails, phone: phones });
    }
    const contact = await createContact.mutateAsync(checked.data);
    setMode('existing');
    const picked = { id: contact.id, label: [contact.firstName, contact.lastName].filter(Boolean).join(' ') };
    setExisting(picked);
    await affiliate(picked);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'existing' && existing === null) return form.setErrors({ existing: t('validation.required') });
    (mode === 'existing' && existing !== null ? affiliate(existing) : createThenAffiliate()).catch((error: unknown) => {
      form.setErrors(serverFieldErrors(error));
      notifyError(error);
    });
  };

  return {
    form,
    mode,
    setMode,
    existing,
    setExisting,
    duplicates,
    onSubmit,
    busy: createContact.isPending || createAffiliation.isPending,
  };
}
