import { contactListQuery } from './contacts.ts';
import { organisationListQuery } from './organisations.ts';
import { partnershipListQuery } from './partnerships.ts';

/** An export holds the whole list view: the list's filters and sort, without its pages. */
const withoutPages = { page: true, pageSize: true } as const;
export const organisationExportQuery = organisationListQuery.omit(withoutPages);
export type OrganisationExportQuery = typeof organisationExportQuery._zod.output;
export const contactExportQuery = contactListQuery.omit(withoutPages);
export type ContactExportQuery = typeof contactExportQuery._zod.output;
export const partnershipExportQuery = partnershipListQuery.omit(withoutPages);
export type PartnershipExportQuery = typeof partnershipExportQuery._zod.output;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'vcf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
