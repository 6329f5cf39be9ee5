import { postcodeSchema, rnaSchema, siretSchema, uaiSchema } from '../../../../contracts/identifiers.ts';
import type { OrganisationDuplicatesQuery } from '../../../../contracts/organisations.ts';
import type { Sector } from './sector-badge.tsx';

/** The new-organisation form as typed: text everywhere, the sector once chosen. */
export type OrganisationDraft = {
  name: string;
  sector: Sector | null;
  postcode: string;
  city: string;
  website: string;
  rna: string;
  siret: string;
  uai: string;
};

export const EMPTY_DRAFT: OrganisationDraft = { name: '', sector: null, postcode: '', city: '', website: '', rna: '', siret: '', uai: '' };

export const IDENTIFIER_SCHEMAS = { rna: rnaSchema, siret: siretSchema, uai: uaiSchema } as const;
export type IdentifierKey = keyof typeof IDENTIFIER_SCHEMAS;
export const IDENTIFIER_KEYS = Object.keys(IDENTIFIER_SCHEMAS) as IdentifierKey[];

/** Whether a typed identifier is well formed (spaces and dots aside), or empty. */
export function identifierProblem(key: IdentifierKey, value: string): boolean {
  return value.trim() !== '' && !IDENTIFIER_SCHEMAS[key].safeParse(value).success;
}

/**
 * What is worth asking the duplicate check about: a name with its postcode, or an identifier once
 * it is complete and valid (an unfinished SIRET would only earn a 400). null when nothing is.
 */
export function duplicateCandidate(draft: OrganisationDraft): OrganisationDuplicatesQuery | null {
  const candidate: OrganisationDuplicatesQuery = {};
  const name = draft.name.trim();
  if (name.length >= 2 && postcodeSchema.safeParse(draft.postcode.trim()).success) {
    candidate.name = name;
    candidate.postcode = draft.postcode.trim();
  }
  for (const key of IDENTIFIER_KEYS) {
    const parsed = IDENTIFIER_SCHEMAS[key].safeParse(draft[key]);
    if (draft[key].trim() !== '' && parsed.success) candidate[key] = parsed.data;
  }
  return Object.keys(candidate).length === 0 ? null : candidate;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The creation body, empty fields as null; the contract schema then checks it. */
export function toOrganisationCreate(draft: OrganisationDraft): Record<keyof OrganisationDraft, unknown> {
  return {
    name: draft.name.trim(),
    sector: draft.sector,
    postcode: orNull(draft.postcode),
    city: orNull(draft.city),
    website: orNull(draft.website),
    rna: orNull(draft.rna),
    siret: orNull(draft.siret),
    uai: orNull(draft.uai),
  };
}
