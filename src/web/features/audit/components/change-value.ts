import type { TFunction } from 'i18next';
import { LEGAL_BASES } from '../../../../contracts/contacts.ts';
import { ROLES, STRUCTURE_KINDS } from '../../../../contracts/roles.ts';
import { ENGAGEMENTS, OBJECTIVES, PUBLICS, SECTORS, STAGES } from '../../../../contracts/vocabulary.ts';

/** Field names the history may mention, with their label; an unknown field shows as sent. */
const FIELD_KEYS = {
  name: 'fields.name',
  code: 'fields.code',
  kind: 'fields.kind',
  departement: 'fields.departement',
  address: 'fields.address',
  postcode: 'fields.postcode',
  city: 'fields.city',
  email: 'fields.email',
  phone: 'fields.phone',
  role: 'fields.role',
  structureId: 'fields.structure',
  userId: 'fields.user',
  sector: 'organisations.fields.sector',
  legalForm: 'organisations.fields.legalForm',
  website: 'organisations.fields.website',
  description: 'organisations.fields.description',
  publics: 'organisations.fields.publics',
  tags: 'organisations.fields.tags',
  rna: 'organisations.identifiers.rna',
  siret: 'organisations.identifiers.siret',
  uai: 'organisations.identifiers.uai',
  inseeCode: 'history.fields.inseeCode',
  latitude: 'history.fields.latitude',
  longitude: 'history.fields.longitude',
  source: 'history.fields.source',
  firstName: 'contacts.fields.firstName',
  lastName: 'contacts.fields.lastName',
  emails: 'contacts.fields.emails',
  phones: 'contacts.fields.phones',
  language: 'contacts.fields.language',
  consent: 'contacts.consent.title',
  notes: 'contacts.fields.notes',
  stage: 'partners.fields.stage',
  engagements: 'partners.fields.engagements',
  objectives: 'partners.fields.objectives',
  ownerId: 'partners.fields.owner',
  nextStep: 'partners.fields.nextStep',
  nextStepOn: 'partners.fields.nextStepOn',
} as const;

/** Bookkeeping columns a person has no use for in a record's history. */
const HIDDEN_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt', 'deletedBy', 'stageChangedAt']);

export function fieldLabel(field: string, t: TFunction): string {
  return field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A change worth showing: a known field, and not "(empty) → (empty)" as a creation lists them. */
export function isVisibleChange(change: { field: string; before: unknown; after: unknown }): boolean {
  return !HIDDEN_FIELDS.has(change.field) && !(isEmpty(change.before) && isEmpty(change.after));
}

/** A vocabulary code in words, when the field holds one. */
function termLabel(field: string, value: unknown, t: TFunction): string | null {
  if (field === 'role' && isOneOf(ROLES, value)) return t(`roles.${value}`);
  if (field === 'kind' && isOneOf(STRUCTURE_KINDS, value)) return t(`kinds.${value}`);
  if (field === 'sector' && isOneOf(SECTORS, value)) return t(`sectors.${value}`);
  if (field === 'stage' && isOneOf(STAGES, value)) return t(`stages.${value}`);
  if (field === 'publics' && isOneOf(PUBLICS, value)) return t(`publics.${value}`);
  if (field === 'engagements' && isOneOf(ENGAGEMENTS, value)) return t(`engagements.${value}`);
  if (field === 'objectives' && isOneOf(OBJECTIVES, value)) return t(`objectives.${value}`);
  if (field === 'language' && (value === 'fr' || value === 'en')) return t(`contacts.languages.${value}`);
  if (field === 'source' && value === 'manual') return t('history.manualSource');
  return null;
}

/** Stored values are raw (role codes, null): show them the way the rest of the interface does. */
export function changeValue(field: string, value: unknown, t: TFunction): string {
  if (isEmpty(value)) return t('history.emptyValue');
  if (Array.isArray(value)) return value.map((item) => changeValue(field, item, t)).join(', ');
  const term = termLabel(field, value, t);
  if (term !== null) return term;
  if (field === 'consent' && typeof value === 'object' && value !== null && 'legalBasis' in value) {
    const basis = (value as { legalBasis: unknown }).legalBasis;
    return isOneOf(LEGAL_BASES, basis) ? t(`legalBases.${basis}`) : t('history.emptyValue');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
