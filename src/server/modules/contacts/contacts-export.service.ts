import type { ContactExportQuery } from '../../../contracts/exports.ts';
import type { Db } from '../../db/client.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { type ExportColumn, type ExportSource, inOrder, parisDateTime } from '../../http/tabular-export.ts';
import type { VcardPerson } from '../../http/vcard.ts';
import { LANGUAGE_LABELS, LEGAL_BASIS_LABELS } from '../../lib/french-labels.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { requireAccess } from '../access/require-access.ts';
import { mainAffiliationsOf } from './affiliations.queries.ts';
import { type ContactRow, contactIdsInOrder, liveContactsByIds } from './contacts.queries.ts';

export type ExportedContact = ContactRow & { organisation: string | null; role: string | null };

const CONTACT_COLUMNS: ExportColumn<ExportedContact>[] = [
  { header: 'Prénom', value: (c) => c.firstName },
  { header: 'Nom', value: (c) => c.lastName, width: 24 },
  { header: 'E-mails', value: (c) => c.emails.join(', '), width: 32 },
  { header: 'Téléphones', value: (c) => c.phones.join(', '), width: 20 },
  { header: 'Organisation', value: (c) => c.organisation, width: 36 },
  { header: 'Fonction', value: (c) => c.role, width: 24 },
  { header: 'Langue', value: (c) => LANGUAGE_LABELS[c.language] },
  { header: 'Base légale', value: (c) => (c.legalBasis ? LEGAL_BASIS_LABELS[c.legalBasis] : null) },
  { header: 'Date du consentement', value: (c) => c.consentOn },
  { header: 'Refus e-mail', value: (c) => c.optOutEmail },
  { header: 'Refus téléphone', value: (c) => c.optOutPhone },
  { header: 'Refus courrier', value: (c) => c.optOutPost },
  { header: 'Notes', value: (c) => c.notes, width: 40 },
  { header: 'Créé le', value: (c) => parisDateTime(c.createdAt) },
  { header: 'Modifié le', value: (c) => parisDateTime(c.updatedAt) },
  { header: 'Identifiant Maillage', value: (c) => c.id, width: 38 },
];

/**
 * Contacts of the list view (same filters and sort as GET /contacts), each with their main current
 * job. A file leaves Maillage's access control behind: only those who may write the directory
 * take it, and the e-mails or phones of people who opted out of that channel stay out of it.
 */
async function contactBatches(db: Db, actor: Actor, query: ContactExportQuery): Promise<AsyncIterable<ExportedContact[]>> {
  requireAccess(actor, 'directory:write');
  const { ids } = await withNearFallback(db, query.q, (tx, near) => contactIdsInOrder(tx, query, near));
  return inOrder(ids, async (chunk) => {
    const rows = await liveContactsByIds(db, chunk);
    const jobs = await mainAffiliationsOf(db, chunk, parisToday());
    return rows.map((row) => ({
      ...row,
      emails: row.optOutEmail ? [] : row.emails,
      phones: row.optOutPhone ? [] : row.phones,
      organisation: jobs.get(row.id)?.organisation ?? null,
      role: jobs.get(row.id)?.role ?? null,
    }));
  });
}

export async function exportContacts(db: Db, actor: Actor, query: ContactExportQuery): Promise<ExportSource<ExportedContact>> {
  return { columns: CONTACT_COLUMNS, batches: await contactBatches(db, actor, query) };
}

export async function exportContactCards(db: Db, actor: Actor, query: ContactExportQuery): Promise<AsyncIterable<VcardPerson[]>> {
  return contactBatches(db, actor, query);
}
