import type { Report, ReportFigures } from '../../../contracts/reports.ts';
import type { EVENT_FORMATS } from '../../../contracts/vocabulary.ts';
import { OBJECTIVE_LABELS, PUBLIC_LABELS, SECTOR_LABELS, STAGE_LABELS } from '../../lib/french-labels.ts';
import type { HeldEventRow } from './report-figures.queries.ts';

export const FORMAT_LABELS: Record<(typeof EVENT_FORMATS)[number], string> = {
  debate: 'Débat',
  workshop: 'Atelier',
  urban_walk: 'Balade urbaine',
  screening: 'Projection',
  science_cafe: 'Café des sciences',
  guided_tour: 'Visite guidée',
  conference: 'Conférence',
  other: 'Autre',
};

export type Cell = string | number;
/** One table of the funder report: a sheet of the XLSX, a table (or a chart) of the PDF. */
export type ReportTable = { title: string; sheet: string; columns: string[]; rows: Cell[][]; chart?: boolean; weights?: number[] };

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);
const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

/** The key figures, as « label, value » lines: the same list heads the PDF, the XLSX and the web preview. */
export function keyFigures(f: ReportFigures): [string, Cell][] {
  return [
    ['Partenaires suivis', f.partners.total],
    ['Communes et arrondissements avec un partenaire engagé', f.territory.communes],
    ['Partenaires engagés dans un QPV ou à moins de 500 m', f.territory.partnersNearQpv],
    ['Événements tenus', f.events.held],
    ['Places confirmées', f.events.confirmedSeats],
    ['Présents', f.events.checkedInSeats],
    ['Places des publics éloignés', f.events.distantSeats],
    ['Part des publics éloignés', percent(f.events.distantShare)],
    ['Visiteurs de l’exposition', f.events.exhibitionVisitors],
    ['Groupes citoyens', f.participation.groups],
    ['Séances des parcours', f.participation.sessions],
    ['Participants aux séances', f.participation.participants],
    ['Contributions reçues', f.participation.contributions],
    ['Contributions approuvées', f.participation.approved],
    ['Actions du plan local', f.actionPlan.actions],
    ['Actions réalisées', f.actionPlan.done],
    ['Actions en retard', f.actionPlan.overdue],
    ['Engagements signés', f.actionPlan.commitments],
    ['Avancement des indicateurs', percent(f.actionPlan.indicatorProgress)],
  ];
}

const paris = (value: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));

export function reportTables(report: Report, events: HeldEventRow[]): ReportTable[] {
  const t = report.totals;
  const byStructure = new Map(report.structures.map((s) => [s.id, s]));
  return [
    { title: 'Chiffres clés', sheet: 'Chiffres clés', columns: ['Indicateur', 'Valeur'], rows: keyFigures(t) },
    {
      title: 'Partenaires par étape',
      sheet: 'Par étape',
      columns: ['Étape', 'Partenaires'],
      rows: t.partners.byStage.map((s) => [label(STAGE_LABELS, s.key), s.count]),
      chart: true,
    },
    {
      title: 'Partenaires par secteur',
      sheet: 'Par secteur',
      columns: ['Secteur', 'Partenaires'],
      rows: t.partners.bySector.map((s) => [label(SECTOR_LABELS, s.key), s.count]),
      chart: true,
    },
    {
      title: 'Partenaires par objectif',
      sheet: 'Par objectif',
      columns: ['Objectif', 'Partenaires'],
      rows: t.partners.byObjective.map((s) => [label(OBJECTIVE_LABELS, s.key), s.count]),
      chart: true,
    },
    {
      title: 'Par structure',
      sheet: 'Par structure',
      columns: ['Structure', 'Partenaires', 'Événements', 'Présents', 'Publics éloignés', 'Contributions', 'Actions réalisées'],
      weights: [3, 1.2, 1.2, 1, 1.2, 1.3, 1.2],
      rows: report.perStructure.map(({ structureId, figures: f }) => [
        byStructure.get(structureId)?.name ?? '',
        f.partners.total,
        f.events.held,
        f.events.checkedInSeats,
        percent(f.events.distantShare),
        f.participation.contributions,
        `${f.actionPlan.done} / ${f.actionPlan.actions}`,
      ]),
    },
    {
      title: 'Événements tenus',
      sheet: 'Événements',
      columns: ['Date', 'Événement', 'Format', 'Structure', 'Lieu', 'Places', 'Présents'],
      weights: [1.7, 3, 1.3, 0.9, 2.2, 0.8, 0.9],
      rows: events.map((e) => [
        paris(e.startsAt),
        e.title,
        label(FORMAT_LABELS, e.format),
        e.structureCode,
        [e.venueName, e.city].filter(Boolean).join(', '),
        e.confirmedSeats,
        e.checkedInSeats,
      ]),
    },
  ];
}

export const publicsLabel = (publics: string[]) => publics.map((p) => label(PUBLIC_LABELS, p)).join(', ');
