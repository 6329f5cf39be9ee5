import type { ExportColumn } from '../../http/tabular-export.ts';
import type { HeldEventRow } from './report-figures.queries.ts';
import { FORMAT_LABELS, publicsLabel } from './report-tables.ts';

const isoInstant = (value: Date | string) => new Date(value).toISOString();

/** The open-data file of the events held; its columns are documented in README (« Données ouvertes »). */
export const HELD_EVENT_COLUMNS: ExportColumn<HeldEventRow>[] = [
  { header: 'identifiant', value: (e) => e.id },
  { header: 'titre', value: (e) => e.title },
  { header: 'format', value: (e) => FORMAT_LABELS[e.format as keyof typeof FORMAT_LABELS] ?? e.format },
  { header: 'debut', value: (e) => isoInstant(e.startsAt) },
  { header: 'fin', value: (e) => isoInstant(e.endsAt) },
  { header: 'seances', value: (e) => e.slots },
  { header: 'structure', value: (e) => e.structureName },
  { header: 'lieu', value: (e) => e.venueName },
  { header: 'code_postal', value: (e) => e.postcode },
  { header: 'commune', value: (e) => e.city },
  { header: 'code_insee', value: (e) => e.inseeCode },
  { header: 'module_exposition', value: (e) => e.moduleTitle },
  { header: 'publics', value: (e) => publicsLabel(e.publics) },
  { header: 'accessibilite', value: (e) => e.accessibility.join(', ') },
  { header: 'places_confirmees', value: (e) => e.confirmedSeats },
  { header: 'presents', value: (e) => e.checkedInSeats },
];
