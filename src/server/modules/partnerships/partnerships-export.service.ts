import type { PartnershipExportQuery } from '../../../contracts/exports.ts';
import type { Db } from '../../db/client.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { type ExportColumn, type ExportSource, inOrder, parisDateTime } from '../../http/tabular-export.ts';
import { ENGAGEMENT_LABELS, OBJECTIVE_LABELS, SECTOR_LABELS, STAGE_LABELS } from '../../lib/french-labels.ts';
import { hasAccess, readableStructureIds } from '../access/require-access.ts';
import { dormantCutoff } from './dormancy.ts';
import { partnershipIdsInOrder, partnershipsForExport } from './partnerships.queries.ts';

type Exported = Awaited<ReturnType<typeof partnershipsForExport>>[number];

const PARTNERSHIP_COLUMNS: ExportColumn<Exported>[] = [
  { header: 'Organisation', value: (r) => r.organisation.name, width: 40 },
  { header: 'Structure', value: (r) => r.structureName, width: 28 },
  { header: 'Étape', value: (r) => STAGE_LABELS[r.partnership.stage] },
  { header: 'Dans cette étape depuis le', value: (r) => parisDateTime(r.partnership.stageChangedAt) },
  { header: 'Engagements', value: (r) => r.partnership.engagements.map((e) => ENGAGEMENT_LABELS[e]).join(', '), width: 36 },
  { header: 'Objectifs', value: (r) => r.partnership.objectives.map((o) => OBJECTIVE_LABELS[o]).join(', '), width: 36 },
  { header: 'Responsable', value: (r) => r.ownerName, width: 24 },
  { header: 'Prochaine étape', value: (r) => r.partnership.nextStep, width: 36 },
  { header: 'Date de la prochaine étape', value: (r) => r.partnership.nextStepOn },
  { header: 'Secteur', value: (r) => SECTOR_LABELS[r.organisation.sector] },
  { header: 'Code postal', value: (r) => r.organisation.postcode, width: 12 },
  { header: 'Ville', value: (r) => r.organisation.city },
  { header: 'RNA', value: (r) => r.organisation.rna, width: 14 },
  { header: 'SIRET', value: (r) => r.organisation.siret },
  { header: 'UAI', value: (r) => r.organisation.uai, width: 12 },
  { header: 'Site web', value: (r) => r.organisation.website, width: 30 },
  { header: 'Créé le', value: (r) => parisDateTime(r.partnership.createdAt) },
  { header: 'Modifié le', value: (r) => parisDateTime(r.partnership.updatedAt) },
  { header: 'Identifiant de l’organisation', value: (r) => r.organisation.id, width: 38 },
];

/** The partnerships of the list view (same filters, sort and structures as GET /partnerships), joined to their organisation. */
export async function exportPartnerships(
  db: Db,
  actor: Actor,
  query: PartnershipExportQuery,
  dormantMonths: number,
): Promise<ExportSource<Exported>> {
  if (query.structureId && !hasAccess(actor, 'structure:read', query.structureId)) throw notFound('La structure');
  const readable = readableStructureIds(actor);
  const { ids } = await withNearFallback(db, query.q, (tx, near) =>
    partnershipIdsInOrder(tx, query, readable, dormantCutoff(dormantMonths), near),
  );
  return { columns: PARTNERSHIP_COLUMNS, batches: inOrder(ids, (chunk) => partnershipsForExport(db, chunk)) };
}
