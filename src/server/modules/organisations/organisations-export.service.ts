import type { OrganisationExportQuery } from '../../../contracts/exports.ts';
import type { Db } from '../../db/client.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { type ExportColumn, type ExportSource, inOrder, parisDateTime } from '../../http/tabular-export.ts';
import { ORGANISATION_FIELD_LABELS as L, PUBLIC_LABELS, SECTOR_LABELS } from '../../lib/french-labels.ts';
import { requireAccess } from '../access/require-access.ts';
import { liveOrganisationsByIds, type OrganisationRow, organisationIdsInOrder } from './organisations.queries.ts';

/** Headers are those the import recognises, so an exported file can be edited and imported back (matched on its id). */
export const ORGANISATION_COLUMNS: ExportColumn<OrganisationRow>[] = [
  { header: L.name, value: (o) => o.name, width: 40 },
  { header: L.sector, value: (o) => SECTOR_LABELS[o.sector] },
  { header: L.legalForm, value: (o) => o.legalForm },
  { header: L.rna, value: (o) => o.rna, width: 14 },
  { header: L.siret, value: (o) => o.siret },
  { header: L.uai, value: (o) => o.uai, width: 12 },
  { header: L.address, value: (o) => o.address, width: 32 },
  { header: L.postcode, value: (o) => o.postcode, width: 12 },
  { header: L.city, value: (o) => o.city },
  { header: L.inseeCode, value: (o) => o.inseeCode, width: 12 },
  { header: L.latitude, value: (o) => o.latitude, width: 12 },
  { header: L.longitude, value: (o) => o.longitude, width: 12 },
  { header: L.website, value: (o) => o.website, width: 30 },
  { header: L.description, value: (o) => o.description, width: 50 },
  { header: L.publics, value: (o) => o.publics.map((p) => PUBLIC_LABELS[p]).join(', '), width: 30 },
  { header: L.tags, value: (o) => o.tags.join(', '), width: 30 },
  { header: 'Source', value: (o) => o.source },
  { header: 'Créée le', value: (o) => parisDateTime(o.createdAt) },
  { header: 'Modifiée le', value: (o) => parisDateTime(o.updatedAt) },
  { header: L.id, value: (o) => o.id, width: 38 },
];

/** The list view's rows (same filters and sort as GET /organisations), all of them, read in batches. */
export async function exportOrganisations(db: Db, actor: Actor, query: OrganisationExportQuery): Promise<ExportSource<OrganisationRow>> {
  requireAccess(actor, 'directory:read');
  const { ids } = await withNearFallback(db, query.q, (tx, near) => organisationIdsInOrder(tx, query, near));
  return { columns: ORGANISATION_COLUMNS, batches: inOrder(ids, (chunk) => liveOrganisationsByIds(db, chunk)) };
}
