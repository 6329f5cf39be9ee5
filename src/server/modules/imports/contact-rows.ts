import { z } from 'zod';
import { idSchema } from '../../../contracts/common.ts';
import { contactCreateSchema, LANGUAGES, LEGAL_BASES, legalBasisSchema } from '../../../contracts/contacts.ts';
import type { ImportField, ImportSettings } from '../../../contracts/imports.ts';
import { dateSchema } from '../../../contracts/lists.ts';
import { organisationCreateSchema } from '../../../contracts/organisations.ts';
import { LANGUAGE_LABELS, LEGAL_BASIS_LABELS } from '../../lib/french-labels.ts';
import { fieldLabel, normalise } from './column-mapping.ts';
import { splitList } from './import-vocabulary.ts';
import { type Converted, cellsOf, reasonOf } from './row-reading.ts';
import type { TabularRow } from './tabular-file.ts';

const contact = contactCreateSchema.shape;
const organisation = organisationCreateSchema.shape;
/** The person as the creation form checks them; the organisation's identifiers as the organisation form does. */
const rowSchema = z.strictObject({
  id: idSchema.optional(),
  firstName: contact.firstName,
  lastName: contact.lastName,
  emails: contact.emails,
  phones: contact.phones,
  language: contact.language,
  notes: contact.notes,
  legalBasis: legalBasisSchema.optional(),
  consentOn: dateSchema.optional(),
  optOutEmail: z.boolean().optional(),
  optOutPhone: z.boolean().optional(),
  optOutPost: z.boolean().optional(),
  organisationName: z.string().trim().max(300).optional(),
  organisationSiret: organisation.siret,
  organisationRna: organisation.rna,
  organisationUai: organisation.uai,
  role: z.string().trim().max(120).optional(),
});
export type ContactImportValues = z.infer<typeof rowSchema>;
export type ContactRowOutcome = { line: number; values: ContactImportValues } | { line: number; reasons: string[] };

const words = <K extends string>(codes: readonly K[], labels: Record<K, string>, extra: Record<string, K>) =>
  new Map<string, K>([
    ...codes.map((c) => [normalise(c), c] as const),
    ...codes.map((c) => [normalise(labels[c]), c] as const),
    ...Object.entries(extra),
  ]);
const LANGUAGE_WORDS = words(LANGUAGES, LANGUAGE_LABELS, { francais: 'fr', french: 'fr', anglais: 'en', english: 'en' });
const LEGAL_BASIS_WORDS = words(LEGAL_BASES, LEGAL_BASIS_LABELS, {
  consent: 'consent',
  'interet legitime': 'legitimate_interest',
  'legitimate interest': 'legitimate_interest',
  'mission de service public': 'public_task',
  'mission d interet public': 'public_task',
  'public task': 'public_task',
});
const YES = new Set(['oui', 'o', 'yes', 'y', 'x', 'vrai', 'true', '1']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

const yesNo = (text: string): Converted => {
  const word = normalise(text);
  return YES.has(word) ? { value: true } : NO.has(word) ? { value: false } : { reason: `« ${text} » : oui ou non attendu` };
};
const known =
  <K>(lookup: Map<string, K>, what: string) =>
  (text: string): Converted => {
    const value = lookup.get(normalise(text));
    return value ? { value } : { reason: `${what} inconnue « ${text} »` };
  };

/** Cells as people type them ("oui", "12/03/2026", "a@x.fr; b@y.fr"), brought to what the contract expects. */
const CONVERT: Partial<Record<ImportField, (text: string) => Converted>> = {
  id: (text) => ({ value: text.toLowerCase() }),
  emails: (text) => ({ value: splitList(text) }),
  phones: (text) => ({ value: splitList(text) }),
  language: known(LANGUAGE_WORDS, 'langue'),
  legalBasis: known(LEGAL_BASIS_WORDS, 'base légale'),
  consentOn: (text) => {
    const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    return { value: french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : text };
  },
  optOutEmail: yesNo,
  optOutPhone: yesNo,
  optOutPost: yesNo,
  organisationSiret: (text) => ({ value: text.replace(/\s+/g, '') }),
};

const label = (field: string) => fieldLabel('contacts', field);

/** One data row of a contacts file, read through the mapping: the values to save, or why the row is rejected. */
export function readContactRow(row: TabularRow, settings: ImportSettings): ContactRowOutcome {
  const input: Record<string, unknown> = {};
  const reasons: string[] = [];
  for (const { field, text } of cellsOf(row, settings.mapping)) {
    const converted = CONVERT[field]?.(text) ?? { value: text };
    if (converted.reason) reasons.push(`${label(field)} : ${converted.reason}`);
    else input[field] = converted.value;
  }
  const nameMissing = input.lastName === undefined;
  if (nameMissing) reasons.unshift('Nom manquant');
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    reasons.push(...parsed.error.issues.filter((i) => !(nameMissing && i.path[0] === 'lastName')).map((i) => reasonOf(i, label)));
  }
  if (reasons.length > 0 || !parsed.success) return { line: row.line, reasons: [...new Set(reasons)] };
  return { line: row.line, values: parsed.data };
}
