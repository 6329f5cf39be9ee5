import type { z } from 'zod';
import { idSchema } from '../../../contracts/common.ts';
import type { ImportField, ImportSettings } from '../../../contracts/imports.ts';
import { organisationCreateSchema } from '../../../contracts/organisations.ts';
import { sectorSchema } from '../../../contracts/vocabulary.ts';
import { ORGANISATION_FIELD_LABELS } from '../../lib/french-labels.ts';
import type { OrganisationImportValues } from '../organisations/organisation-import.service.ts';
import { publicOf, sectorOf, splitList } from './import-vocabulary.ts';
import type { TabularRow } from './tabular-file.ts';

export type RowOutcome = { line: number; values: OrganisationImportValues } | { line: number; reasons: string[] };

/** A row is checked against the same contract as the creation form (SIRET key, RNA, postcode...); sector may come from a default. */
const rowSchema = organisationCreateSchema.extend({ sector: sectorSchema.optional(), id: idSchema.optional() });

type Cell = { field: ImportField; text: string };
type Converted = { value?: unknown; reason?: string };

const number = (text: string): Converted => {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? { value } : { reason: `« ${text} » n’est pas un nombre` };
};

/** Cells as people type them, brought to what the contract expects. */
const CONVERT: Partial<Record<ImportField, (text: string) => Converted>> = {
  sector: (text) => {
    const value = sectorOf(text);
    return value ? { value } : { reason: `secteur inconnu « ${text} »` };
  },
  publics: (text) => {
    const values = splitList(text).map((item) => ({ item, code: publicOf(item) }));
    const unknown = values.find((v) => !v.code);
    return unknown ? { reason: `public inconnu « ${unknown.item} »` } : { value: values.map((v) => v.code) };
  },
  tags: (text) => ({ value: splitList(text) }),
  latitude: number,
  longitude: number,
  // A spreadsheet drops the leading zero of 01000.
  postcode: (text) => ({ value: /^\d{4}$/.test(text) ? `0${text}` : text.replace(/\s+/g, '') }),
  website: (text) => ({ value: /^https?:\/\//i.test(text) ? text : `https://${text}` }),
  id: (text) => ({ value: text.toLowerCase() }),
};

/** Our exports put an apostrophe before text that starts like a formula; it goes when the file comes back. */
const unneutralised = (text: string) => text.replace(/^'(?=[=+\-@])/, '');

const label = (field: string) => ORGANISATION_FIELD_LABELS[field as ImportField] ?? field;

/** Zod's own messages are in English and generic: they become short French ones; ours are kept. */
function reasonOf(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  if (!/^(Invalid|Too |Unrecognized|Expected)/.test(issue.message)) return issue.message;
  const max = (issue as { maximum?: number }).maximum;
  const what =
    issue.code === 'too_big' ? `trop long (${max} caractères au plus)` : issue.code === 'too_small' ? 'trop court' : 'valeur invalide';
  return `${label(field)} : ${what}`;
}

/** One data row, read through the mapping: the values to save, or why the row is rejected. */
export function readOrganisationRow(row: TabularRow, settings: ImportSettings): RowOutcome {
  const cells: Cell[] = Object.entries(settings.mapping)
    .map(([field, column]) => ({ field: field as ImportField, text: unneutralised((row.cells[column as number] ?? '').trim()) }))
    .filter((cell) => cell.text !== '');
  const input: Record<string, unknown> = {};
  const reasons: string[] = [];
  for (const { field, text } of cells) {
    const converted = CONVERT[field]?.(text) ?? { value: text };
    if (converted.reason) reasons.push(`${label(field)} : ${converted.reason}`);
    else input[field] = converted.value;
  }
  const nameMissing = input.name === undefined;
  if (nameMissing) reasons.unshift('Nom manquant');
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) reasons.push(...parsed.error.issues.filter((i) => !(nameMissing && i.path[0] === 'name')).map(reasonOf));
  if (reasons.length > 0 || !parsed.success) return { line: row.line, reasons: [...new Set(reasons)] };
  return { line: row.line, values: parsed.data };
}
