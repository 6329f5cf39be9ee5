import { idSchema } from '../../../contracts/common.ts';
import type { ImportField, ImportSettings } from '../../../contracts/imports.ts';
import { organisationCreateSchema } from '../../../contracts/organisations.ts';
import { sectorSchema } from '../../../contracts/vocabulary.ts';
import type { OrganisationImportValues } from '../organisations/organisation-import.service.ts';
import { fieldLabel } from './column-mapping.ts';
import { publicOf, sectorOf, splitList } from './import-vocabulary.ts';
import { type Converted, cellsOf, reasonOf } from './row-reading.ts';
import type { TabularRow } from './tabular-file.ts';

export type RowOutcome = { line: number; values: OrganisationImportValues } | { line: number; reasons: string[] };

/** A row is checked against the same contract as the creation form (SIRET key, RNA, postcode...); sector may come from a default. */
const rowSchema = organisationCreateSchema.extend({ sector: sectorSchema.optional(), id: idSchema.optional() });

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

const label = (field: string) => fieldLabel('organisations', field);

/** One data row, read through the mapping: the values to save, or why the row is rejected. */
export function readOrganisationRow(row: TabularRow, settings: ImportSettings): RowOutcome {
  const cells = cellsOf(row, settings.mapping);
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
  if (!parsed.success)
    reasons.push(...parsed.error.issues.filter((i) => !(nameMissing && i.path[0] === 'name')).map((issue) => reasonOf(issue, label)));
  if (reasons.length > 0 || !parsed.success) return { line: row.line, reasons: [...new Set(reasons)] };
  return { line: row.line, values: parsed.data };
}
