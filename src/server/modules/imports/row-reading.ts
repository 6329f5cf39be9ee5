import type { z } from 'zod';
import type { ImportField, ImportMapping } from '../../../contracts/imports.ts';
import type { TabularRow } from './tabular-file.ts';

export type Cell = { field: ImportField; text: string };
export type Converted = { value?: unknown; reason?: string };

/** Our exports put an apostrophe before text that starts like a formula; it goes when the file comes back. */
const unneutralised = (text: string) => text.replace(/^'(?=[=+\-@])/, '');

/** The non-empty cells of a row, each named by the field its column fills. */
export function cellsOf(row: TabularRow, mapping: ImportMapping): Cell[] {
  return Object.entries(mapping)
    .map(([field, column]) => ({ field: field as ImportField, text: unneutralised((row.cells[column as number] ?? '').trim()) }))
    .filter((cell) => cell.text !== '');
}

/** Zod's own messages are in English and generic: they become short French ones; ours are kept. */
export function reasonOf(issue: z.core.$ZodIssue, label: (field: string) => string): string {
  const field = String(issue.path[0] ?? '');
  if (!/^(Invalid|Too |Unrecognized|Expected)/.test(issue.message)) return issue.message;
  const max = (issue as { maximum?: number }).maximum;
  const what =
    issue.code === 'too_big' ? `trop long (${max} caractères au plus)` : issue.code === 'too_small' ? 'trop court' : 'valeur invalide';
  return `${label(field)} : ${what}`;
}
