import type { Contact } from '../../../../contracts/contacts.ts';
import { emptyToNull } from '../../../lib/form-errors.ts';

export const OPT_OUT_CHANNELS = ['email', 'phone', 'post'] as const;

export function contactFormValues(contact: Contact) {
  return {
    firstName: contact.firstName ?? '',
    lastName: contact.lastName,
    emails: contact.emails,
    phones: contact.phones,
    language: contact.language as 'fr' | 'en',
    legalBasis: contact.consent.legalBasis as string | null,
    consentDate: contact.consent.date ?? '',
    /** The channels the person refused, as the checkbox group holds them. */
    optOuts: OPT_OUT_CHANNELS.filter((channel) => contact.consent.optOuts[channel]) as string[],
    notes: contact.notes ?? '',
  };
}

export type ContactFormValues = ReturnType<typeof contactFormValues>;

/** Exactly the fields the update contract accepts: it is strict and refuses anything else. */
export function toContactUpdate(values: ContactFormValues, version: number) {
  return {
    version,
    firstName: emptyToNull(values.firstName),
    lastName: values.lastName.trim(),
    emails: values.emails,
    phones: values.phones,
    language: values.language,
    consent: {
      legalBasis: values.legalBasis,
      date: emptyToNull(values.consentDate),
      optOuts: Object.fromEntries(OPT_OUT_CHANNELS.map((channel) => [channel, values.optOuts.includes(channel)])),
    },
    notes: emptyToNull(values.notes),
  };
}
