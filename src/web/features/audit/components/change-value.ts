import type { TFunction } from 'i18next';
import { ROLES, STRUCTURE_KINDS } from '../../../../contracts/roles.ts';

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
} as const;

export function fieldLabel(field: string, t: TFunction): string {
  return field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Stored values are raw (role codes, null): show them the way the rest of the interface does. */
export function changeValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('history.emptyValue');
  if (field === 'role' && isOneOf(ROLES, value)) return t(`roles.${value}`);
  if (field === 'kind' && isOneOf(STRUCTURE_KINDS, value)) return t(`kinds.${value}`);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
