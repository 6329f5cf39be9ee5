import { z } from 'zod';
import { emailSchema, idSchema, timestampsSchema, versionSchema } from './common.ts';
import {
  booleanParam,
  dateSchema,
  namedRefSchema,
  pageQueryShape,
  pageSchema,
  searchTextSchema,
  sortParam,
  updatedSinceSchema,
} from './lists.ts';

const text = (max: number) => z.string().trim().max(max);

export const LANGUAGES = ['fr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
/** GDPR article 6 legal bases the programme relies on. */
export const LEGAL_BASES = ['consent', 'legitimate_interest', 'contract', 'public_task'] as const;
export const legalBasisSchema = z.enum(LEGAL_BASES);

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,40}$/, 'Numéro de téléphone invalide');

export const consentSchema = z.object({
  legalBasis: legalBasisSchema.nullable(),
  date: dateSchema.nullable(),
  optOuts: z.object({ email: z.boolean(), phone: z.boolean(), post: z.boolean() }),
});

export const contactSchema = z
  .object({
    id: idSchema,
    firstName: z.string().nullable(),
    lastName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    language: languageSchema,
    consent: consentSchema,
    notes: z.string().nullable(),
  })
  .extend(timestampsSchema.shape);
export type Contact = z.infer<typeof contactSchema>;

const consentInput = z.strictObject({
  legalBasis: legalBasisSchema.nullable().optional(),
  date: dateSchema.nullable().optional(),
  optOuts: z.strictObject({ email: z.boolean().optional(), phone: z.boolean().optional(), post: z.boolean().optional() }).optional(),
});
export type ConsentInput = z.infer<typeof consentInput>;

const contactFields = {
  firstName: text(120).min(1).nullable().optional(),
  lastName: text(120).min(1),
  emails: z
    .array(emailSchema)
    .max(10)
    .transform((values) => [...new Set(values)])
    .optional(),
  phones: z.array(phoneSchema).max(10).optional(),
  language: languageSchema.optional(),
  consent: consentInput.optional(),
  notes: text(5000).nullable().optional(),
};

export const contactCreateSchema = z.strictObject(contactFields);
export type ContactCreate = z.infer<typeof contactCreateSchema>;
/** `?force=true` creates the contact even when another one has the same e-mail. */
export const contactCreateQuery = z.strictObject({ force: booleanParam.optional() });
export const contactUpdateSchema = z.strictObject({
  version: versionSchema,
  ...contactFields,
  lastName: contactFields.lastName.optional(),
});
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

export const CONTACT_SORTS = ['lastName', 'firstName', 'createdAt', 'updatedAt'] as const;
export const contactListQuery = z.strictObject({
  ...pageQueryShape,
  sort: sortParam(CONTACT_SORTS),
  q: searchTextSchema.optional(),
  /** Contacts with an affiliation (current or past) to this organisation. */
  organisationId: idSchema.optional(),
  language: languageSchema.optional(),
  updatedSince: updatedSinceSchema.optional(),
});
export type ContactListQuery = z.infer<typeof contactListQuery>;
/** A contact's affiliation to the organisation a list is filtered on (its current one first). */
export const organisationAffiliationSchema = z.object({
  id: idSchema,
  role: z.string().nullable(),
  startOn: dateSchema.nullable(),
  endOn: dateSchema.nullable(),
  primary: z.boolean(),
  current: z.boolean(),
});
/** `affiliation` only when the list is filtered on an organisation. */
export const contactListItemSchema = contactSchema.extend({ affiliation: organisationAffiliationSchema.optional() });
export const contactPageSchema = pageSchema(contactListItemSchema);

export const contactDuplicatesQuery = contactCreateSchema.partial().extend({ excludeId: idSchema.optional() });
export type ContactDuplicatesQuery = z.infer<typeof contactDuplicatesQuery>;
export const contactDuplicatesSchema = z.object({
  items: z.array(
    z.object({
      contact: contactSchema.pick({ id: true, firstName: true, lastName: true, emails: true }),
      reasons: z.array(z.enum(['email', 'name'])),
    }),
  ),
});

export const affiliationParams = z.strictObject({ id: idSchema, affiliationId: idSchema });
export const affiliationSchema = z
  .object({
    id: idSchema,
    contactId: idSchema,
    organisation: namedRefSchema,
    role: z.string().nullable(),
    startOn: dateSchema.nullable(),
    endOn: dateSchema.nullable(),
    primary: z.boolean(),
    /** Not ended yet (no end date, or one still to come). */
    current: z.boolean(),
  })
  .extend(timestampsSchema.shape);
export const affiliationListSchema = z.object({ items: z.array(affiliationSchema) });

const affiliationFields = {
  role: text(120).nullable().optional(),
  startOn: dateSchema.nullable().optional(),
  endOn: dateSchema.nullable().optional(),
  /** One primary affiliation per person: setting it clears the others. */
  primary: z.boolean().optional(),
};
export const affiliationCreateSchema = z.strictObject({ organisationId: idSchema, ...affiliationFields });
export type AffiliationCreate = z.infer<typeof affiliationCreateSchema>;
export const affiliationUpdateSchema = z.strictObject({ version: versionSchema, ...affiliationFields });
export type AffiliationUpdate = z.infer<typeof affiliationUpdateSchema>;
