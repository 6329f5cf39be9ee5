import type { ImportSettings, RejectedRow } from '../../../contracts/imports.ts';
import type { ContactCandidate } from '../contacts/contact-import.service.ts';
import type { ImportCandidate } from '../organisations/organisation-import.service.ts';
import { readContactRow } from './contact-rows.ts';
import type { ImportJobRow } from './imports.queries.ts';
import { readOrganisationRow } from './organisation-rows.ts';
import type { TabularRow } from './tabular-file.ts';

/** Created records say where they come from; the source is limited to 80 characters like a typed one. */
export const sourceOf = (fileName: string) => `import:${fileName}`.slice(0, 80);

export function plannerOptionsOf(job: ImportJobRow, settings: ImportSettings) {
  return { source: sourceOf(job.fileName), defaultSector: settings.defaultSector ?? null, resolutions: settings.resolutions ?? [] };
}

/** Rows read through the mapping: those to plan, and those already rejected by their cells. */
export function candidatesOf(rows: TabularRow[], settings: ImportSettings) {
  return split<ImportCandidate>(rows.map((row) => readOrganisationRow(row, settings)));
}

export function contactCandidatesOf(rows: TabularRow[], settings: ImportSettings) {
  return split<ContactCandidate>(rows.map((row) => readContactRow(row, settings)));
}

function split<C extends { values: unknown }>(outcomes: (C | RejectedRow)[]) {
  const candidates: C[] = [];
  const rejectedRows: RejectedRow[] = [];
  for (const outcome of outcomes) {
    if ('values' in outcome) candidates.push(outcome);
    else rejectedRows.push(outcome);
  }
  return { candidates, rejectedRows };
}
