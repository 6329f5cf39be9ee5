import type { EventExportQuery } from '../../../contracts/events.ts';
import type { ACCESSIBILITY_NEEDS, EVENT_FORMATS, EVENT_STATUSES, REGISTRATION_MODES } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { type ExportColumn, type ExportSource, parisDateTime } from '../../http/tabular-export.ts';
import { PUBLIC_LABELS } from '../../lib/french-labels.ts';
import { hasAccess, readableStructureIds } from '../access/require-access.ts';
import { type EventRow, eventIdsInOrder, eventsWithVenueByIds, type SlotRow, slotsOf } from './events.queries.ts';

const FORMAT_LABELS: Record<(typeof EVENT_FORMATS)[number], string> = {
  debate: 'Débat',
  workshop: 'Atelier',
  urban_walk: 'Balade urbaine',
  screening: 'Projection',
  science_cafe: 'Café des sciences',
  guided_tour: 'Visite guidée',
  conference: 'Conférence',
  other: 'Autre',
};
const STATUS_LABELS: Record<(typeof EVENT_STATUSES)[number], string> = {
  idea: 'Idée',
  proposed: 'Proposé',
  planned: 'Programmé',
  confirmed: 'Confirmé',
  held: 'Tenu',
  cancelled: 'Annulé',
  postponed: 'Reporté',
};
const NEED_LABELS: Record<(typeof ACCESSIBILITY_NEEDS)[number], string> = {
  hearing: 'Auditif',
  visual: 'Visuel',
  psychic: 'Psychique',
  motor: 'Moteur',
  intellectual: 'Mental',
};
const REGISTRATION_LABELS: Record<(typeof REGISTRATION_MODES)[number], string> = {
  none: 'Sans inscription',
  internal: 'Dans Maillage',
  external: 'Autre site',
};

type ExportRow = { id: string; event: EventRow; venueName: string | null; slots: SlotRow[] };

export const EVENT_COLUMNS: ExportColumn<ExportRow>[] = [
  { header: 'Titre', value: (r) => r.event.title, width: 40 },
  { header: 'Format', value: (r) => FORMAT_LABELS[r.event.format] },
  { header: 'Statut', value: (r) => STATUS_LABELS[r.event.status] },
  { header: 'Premier créneau', value: (r) => parisDateTime(r.slots[0]?.startsAt ?? null) },
  { header: 'Dernier créneau', value: (r) => parisDateTime(r.slots.at(-1)?.startsAt ?? null) },
  { header: 'Créneaux', value: (r) => r.slots.length, width: 10 },
  {
    header: 'Jauge totale',
    value: (r) => (r.slots.some((s) => s.capacity === null) ? null : r.slots.reduce((n, s) => n + (s.capacity ?? 0), 0)),
  },
  { header: 'Lieu', value: (r) => r.venueName, width: 32 },
  { header: 'Lien en ligne', value: (r) => r.event.onlineUrl, width: 30 },
  { header: 'Publics', value: (r) => r.event.publics.map((p) => PUBLIC_LABELS[p]).join(', '), width: 30 },
  { header: 'Âge minimum', value: (r) => r.event.ageMin, width: 10 },
  { header: 'Âge maximum', value: (r) => r.event.ageMax, width: 10 },
  { header: 'Accessibilité', value: (r) => r.event.accessibility.map((a) => NEED_LABELS[a]).join(', '), width: 24 },
  { header: 'Inscription', value: (r) => REGISTRATION_LABELS[r.event.registrationMode] },
  { header: 'Lien d’inscription', value: (r) => r.event.registrationUrl, width: 30 },
  { header: 'Description', value: (r) => r.event.description, width: 50 },
  { header: 'Modifié le', value: (r) => parisDateTime(r.event.updatedAt) },
  { header: 'Identifiant', value: (r) => r.event.id, width: 38 },
];

const BATCH = 500;

/** The events list view (same filters and sort as GET /events), every row, read in batches with their slots. */
export async function exportEvents(db: Db, actor: Actor, query: EventExportQuery): Promise<ExportSource<ExportRow>> {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const ids = await eventIdsInOrder(db, query, readableStructureIds(actor));
  async function* batches() {
    for (let start = 0; start < ids.length; start += BATCH) {
      const chunk = ids.slice(start, start + BATCH);
      const [rows, slots] = await Promise.all([eventsWithVenueByIds(db, chunk), slotsOf(db, chunk)]);
      const byId = new Map(rows.map((row) => [row.event.id, row]));
      yield chunk.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ id, event: row.event, venueName: row.venueName, slots: slots.filter((s) => s.eventId === id) }] : [];
      });
    }
  }
  return { columns: EVENT_COLUMNS, batches: batches() };
}
