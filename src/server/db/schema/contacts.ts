import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { LANGUAGES, LEGAL_BASES } from '../../../contracts/contacts.ts';
import { recordColumns } from './columns.ts';
import { organisations } from './partners.ts';

/** People of the shared directory; their full-text column is added by the `search` migration. */
export const contacts = pgTable(
  'contacts',
  {
    ...recordColumns(),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'`),
    phones: text('phones').array().notNull().default(sql`'{}'`),
    language: text('language', { enum: LANGUAGES }).notNull().default('fr'),
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }),
    consentOn: date('consent_on'),
    optOutEmail: boolean('opt_out_email').notNull().default(false),
    optOutPhone: boolean('opt_out_phone').notNull().default(false),
    optOutPost: boolean('opt_out_post').notNull().default(false),
    notes: text('notes'),
    /** Set when a merge sent this record to the trash: the survivor (no foreign key, see `merges`). */
    mergedIntoId: uuid('merged_into_id'),
  },
  (t) => [
    index('contacts_emails_idx').using('gin', t.emails),
    index('contacts_updated_idx').on(t.updatedAt),
    // The list's default order (accent-free last name), served from the index rather than a sort of every contact.
    index('contacts_name_sort_idx').on(sql`maillage_unaccent(lower(${t.lastName}))`, t.id),
  ],
);

/** A person's roles in organisations over time: a job change ends one and starts another. */
export const affiliations = pgTable(
  'affiliations',
  {
    ...recordColumns(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role'),
    startOn: date('start_on'),
    endOn: date('end_on'),
    primary: boolean('primary').notNull().default(false),
  },
  (t) => [index('affiliations_contact_idx').on(t.contactId), index('affiliations_organisation_idx').on(t.organisationId)],
);
