import type { Organisation } from '../../../../contracts/organisations.ts';
import { emptyToNull } from '../../../lib/form-errors.ts';
import type { Sector } from './sector-badge.tsx';

/** The organisation as its "Aperçu" form holds it: text fields as strings, lists as arrays. */
export function organisationFormValues(organisation: Organisation) {
  return {
    name: organisation.name,
    sector: organisation.sector as Sector,
    legalForm: organisation.legalForm ?? '',
    description: organisation.description ?? '',
    website: organisation.website ?? '',
    address: organisation.address ?? '',
    postcode: organisation.postcode ?? '',
    city: organisation.city ?? '',
    rna: organisation.rna ?? '',
    siret: organisation.siret ?? '',
    uai: organisation.uai ?? '',
    publics: organisation.publics as string[],
    tags: organisation.tags,
  };
}

export type OrganisationFormValues = ReturnType<typeof organisationFormValues>;

/** Exactly the fields the update contract accepts: it is strict and refuses anything else. */
export function toOrganisationUpdate(values: OrganisationFormValues, version: number) {
  return {
    version,
    name: values.name.trim(),
    sector: values.sector,
    legalForm: emptyToNull(values.legalForm),
    description: emptyToNull(values.description),
    website: emptyToNull(values.website),
    address: emptyToNull(values.address),
    postcode: emptyToNull(values.postcode),
    city: emptyToNull(values.city),
    rna: emptyToNull(values.rna),
    siret: emptyToNull(values.siret),
    uai: emptyToNull(values.uai),
    publics: values.publics,
    tags: values.tags,
  };
}
