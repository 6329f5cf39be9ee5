import type { ReportQuery } from '../../../contracts/reports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { funderPdf } from './funder-pdf.ts';
import { funderMap } from './funder-pdf-map.ts';
import { funderXlsx } from './funder-xlsx.ts';
import { heldEventList } from './report-figures.queries.ts';
import { buildReport, periodOf } from './report-figures.service.ts';
import { readableScope } from './report-scope.ts';
import { type ReportTable, reportTables } from './report-tables.ts';

/** The PDF lists this many events; the XLSX and the open-data CSV list them all. */
export const PDF_EVENT_ROWS = 150;

async function reportWithTables(db: Db, actor: Actor, query: ReportQuery) {
  const report = await buildReport(db, actor, query);
  const ids = report.structures.map((s) => s.id);
  const events = ids.length === 0 ? [] : await heldEventList(db, ids, periodOf(report));
  return { report, tables: reportTables(report, events) };
}

function shortened(tables: ReportTable[]): ReportTable[] {
  return tables.map((table) => {
    if (table.sheet !== 'Événements' || table.rows.length <= PDF_EVENT_ROWS) return table;
    const more = table.rows.length - PDF_EVENT_ROWS;
    const note = [`… et ${more} autres événements : voir le fichier XLSX.`, ...table.columns.slice(1).map(() => '')];
    return { ...table, rows: [...table.rows.slice(0, PDF_EVENT_ROWS), note] };
  });
}

export async function funderReportPdf(db: Db, actor: Actor, query: ReportQuery) {
  const { report, tables } = await reportWithTables(db, actor, query);
  return { report, body: await funderPdf(report, shortened(tables), parisToday(), await funderMap(db, report)) };
}

export async function funderReportXlsx(db: Db, actor: Actor, query: ReportQuery) {
  const { report, tables } = await reportWithTables(db, actor, query);
  return { report, body: await funderXlsx(report, tables) };
}

export async function heldEventsForOpenData(db: Db, actor: Actor, query: ReportQuery) {
  const period = periodOf(query);
  const ids = (await readableScope(db, actor, query.structureId)).map((s) => s.id);
  return { period, rows: ids.length === 0 ? [] : await heldEventList(db, ids, period) };
}
