import type { TFunction } from 'i18next';
import type { Contact } from '../../../../contracts/contacts.ts';
import {
  CONTACT_MERGE_FIELDS,
  CONTACT_UNION_FIELDS,
  type MergeKind,
  ORGANISATION_MERGE_FIELDS,
  ORGANISATION_UNION_FIELDS,
} from '../../../../contracts/merges.ts';
import type { Organisation } from '../../../../contracts/organisations.ts';

export type Side = 'a' | 'b';
/** One line of the side-by-side compare: `united` lists are joined by the merge, the others are picked. */
export type CompareRow = { field: string; a: string; b: string; differs: boolean; united: boolean };

type Values = Record<string, unknown>;

function shown(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map((item) => (field === 'publics' ? t(`publics.${item}` as never) : String(item))).join(', ');
  if (field === 'sector') return t(`sectors.${value}` as never);
  if (field === 'consent') {
    const consent = value as Contact['consent'];
    const optOuts = Object.entries(consent.optOuts)
      .filter(([, out]) => out)
      .map(([channel]) => t(`duplicates.optOuts.${channel}` as never));
    return [consent.legalBasis ? t(`legalBases.${consent.legalBasis}` as never) : '', consent.date ?? '', ...optOuts]
      .filter(Boolean)
      .join(' · ');
  }
  return String(value);
}

/** The rows to compare, those to pick first; a field empty on both records is left out. */
export function compareRows(kind: MergeKind, a: Organisation | Contact, b: Organisation | Contact, t: TFunction): CompareRow[] {
  const [picked, united] =
    kind === 'organisation' ? [ORGANISATION_MERGE_FIELDS, ORGANISATION_UNION_FIELDS] : [CONTACT_MERGE_FIELDS, CONTACT_UNION_FIELDS];
  const row = (field: string, isUnited: boolean): CompareRow => {
    const [left, right] = [shown(field, (a as Values)[field], t), shown(field, (b as Values)[field], t)];
    return { field, a: left, b: right, differs: left !== right, united: isUnited };
  };
  const rows = [...picked.map((field) => row(field, false)), ...united.map((field) => row(field, true))].filter((r) => r.a || r.b);
  return [...rows.filter((r) => r.differs && !r.united), ...rows.filter((r) => !r.differs || r.united)];
}

/** The survivor's value wins unless it is empty and the other record has one. */
export function defaultChoices(rows: CompareRow[], keep: Side): Record<string, Side> {
  const other: Side = keep === 'a' ? 'b' : 'a';
  return Object.fromEntries(rows.filter((r) => r.differs && !r.united).map((r) => [r.field, r[keep] === '' ? other : keep]));
}
