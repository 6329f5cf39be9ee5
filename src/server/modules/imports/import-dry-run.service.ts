import { type ImportDryRun, type ImportSettings, REPORTED_ROWS_MAX, type RejectedRow } from '../../../contracts/imports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { type ContactLineOutcome, createContactImportPlan } from '../contacts/contact-import.service.ts';
import { createOrganisationImportPlan, type LineOutcome, similarNamesOf } from '../organisations/organisation-import.service.ts';
import { requireUsableMapping } from './column-mapping.ts';
import { candidatesOf, contactCandidatesOf, plannerOptionsOf } from './import-batches.ts';
import { type ImportJobRow, saveImportSettings } from './imports.queries.ts';
import { BATCH_SIZE, loadVisibleJob, readJobTable, requireIdle } from './imports.service.ts';
import type { TabularRow } from './tabular-file.ts';

const emptyResult = (total: number): ImportDryRun => ({
  total,
  toCreate: 0,
  toUpdate: 0,
  unchanged: 0,
  rejected: 0,
  skipped: 0,
  rejectedRows: [],
  duplicates: [],
  truncated: false,
});

/**
 * What a run would do, writing nothing but the settings: counts, each rejected row with its line
 * and reasons, rows that update an organisation sharing an identifier, and rows about to create
 * an organisation whose name is close to one in the same postcode. The whole file is planned as
 * one, so a row repeating an earlier one counts as an update of it. A contacts file reports its
 * counts and rejected rows (a row whose e-mail is known updates that contact, as the run will).
 */
export async function dryRunImport(db: Db, actor: Actor, id: string, settings: ImportSettings): Promise<ImportDryRun> {
  const job = await loadVisibleJob(db, actor, id);
  requireIdle(job);
  const table = await readJobTable(db, job);
  requireUsableMapping(job.kind, settings.mapping, table.headers);
  const result =
    job.kind === 'contacts'
      ? await dryRunContacts(db, actor, table.rows, settings)
      : await dryRunOrganisations(db, actor, job, table.rows, settings);
  await saveImportSettings(db, id, settings);
  return result;
}

async function dryRunOrganisations(db: Db, actor: Actor, job: ImportJobRow, rows: TabularRow[], settings: ImportSettings) {
  const plan = createOrganisationImportPlan(actor, plannerOptionsOf(job, settings));
  const result = emptyResult(rows.length);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const { candidates, rejectedRows } = candidatesOf(rows.slice(start, start + BATCH_SIZE), settings);
    const outcomes = await plan(db, candidates);
    tally(result, outcomes, rejectedRows);
    for (const { line, score, ...organisation } of await similarNamesOf(db, outcomes)) {
      const row = outcomes.find((o) => o.line === line);
      const name = row && 'name' in row ? row.name : '';
      report(result, 'duplicates', { line, name, reason: 'name', action: 'create', organisation, score });
    }
    // The embedded database runs in this thread: let requests through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

async function dryRunContacts(db: Db, actor: Actor, rows: TabularRow[], settings: ImportSettings) {
  const plan = createContactImportPlan(actor);
  const result = emptyResult(rows.length);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const { candidates, rejectedRows } = contactCandidatesOf(rows.slice(start, start + BATCH_SIZE), settings);
    tally(result, await plan(db, candidates), rejectedRows);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

function report<K extends 'rejectedRows' | 'duplicates'>(result: ImportDryRun, key: K, item: ImportDryRun[K][number]) {
  if (result[key].length < REPORTED_ROWS_MAX) (result[key] as unknown[]).push(item);
  else result.truncated = true;
}

function tally(result: ImportDryRun, outcomes: (LineOutcome | ContactLineOutcome)[], rejectedRows: RejectedRow[]) {
  const rejected = [...rejectedRows];
  for (const o of outcomes) {
    if (o.action === 'create') result.toCreate += 1;
    else if (o.action === 'skip') result.skipped += 1;
    else if (o.action === 'reject') rejected.push({ line: o.line, reasons: o.reasons });
    else {
      if (o.action === 'update') result.toUpdate += 1;
      else result.unchanged += 1;
      if ('organisation' in o && o.organisation) {
        const reason = o.reason === 'resolution' ? 'name' : o.reason;
        report(result, 'duplicates', { line: o.line, name: o.name, reason, action: 'update', organisation: o.organisation, score: 1 });
      }
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  result.rejected += rejected.length;
  for (const row of rejected) report(result, 'rejectedRows', row);
}
