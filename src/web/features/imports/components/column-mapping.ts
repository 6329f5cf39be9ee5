import type { ImportField, ImportMapping } from '../../../../contracts/imports.ts';

/** The field each column fills, or null, read from the mapping (field -> column). */
export function fieldOfColumn(mapping: ImportMapping, column: number): ImportField | null {
  const entry = Object.entries(mapping).find(([, index]) => index === column);
  return entry ? (entry[0] as ImportField) : null;
}

/** A column now fills `field` (or nothing); a field fills one column, so another column holding it lets it go. */
export function assignColumn(mapping: ImportMapping, column: number, field: ImportField | null): ImportMapping {
  const next: ImportMapping = {};
  for (const [key, index] of Object.entries(mapping)) {
    if (index !== column && key !== field) next[key as ImportField] = index;
  }
  if (field !== null) next[field] = column;
  return next;
}
