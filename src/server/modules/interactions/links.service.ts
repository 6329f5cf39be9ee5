import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { loadLiveContact } from '../contacts/contacts.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import { loadReadablePartnership } from '../partnerships/partnerships.service.ts';

export type Links = { organisationId?: string | null; contactId?: string | null; partnershipId?: string | null };
type Linked = { organisationId: string | null; contactId: string | null; partnershipId: string | null };

const LINK_KEYS = ['organisationId', 'contactId', 'partnershipId'] as const;

function invalid(field: string, message: string): AppError {
  return new AppError('validation', message, { errors: [{ path: `body.${field}`, message }] });
}

/**
 * Checks what an interaction or a task is about: a live organisation and contact, a partnership
 * of the same structure, whose organisation it brings along (or must match).
 */
export async function resolveLinks(db: DbOrTx, actor: Actor, structureId: string, links: Links): Promise<Linked> {
  const resolved: Linked = { organisationId: links.organisationId ?? null, contactId: links.contactId ?? null, partnershipId: null };
  if (links.partnershipId) {
    const { partnership } = await loadReadablePartnership(db as Db, actor, links.partnershipId);
    if (partnership.structureId !== structureId) throw invalid('partnershipId', 'Ce partenariat appartient à une autre structure.');
    if (resolved.organisationId && resolved.organisationId !== partnership.organisationId) {
      throw invalid('organisationId', 'L’organisation n’est pas celle du partenariat.');
    }
    resolved.partnershipId = partnership.id;
    resolved.organisationId = partnership.organisationId;
  }
  if (resolved.organisationId) await requireOrganisations(db, [resolved.organisationId]);
  if (resolved.contactId) await loadLiveContact(db, resolved.contactId);
  return resolved;
}

/**
 * The links after a patch, checked only if the patch touches them (a record linked to an
 * organisation since deleted stays editable). A new partnership brings its own organisation.
 */
export async function patchedLinks(db: DbOrTx, actor: Actor, before: Linked & { structureId: string }, patch: Links) {
  if (!LINK_KEYS.some((key) => patch[key] !== undefined)) return {};
  const merged: Links = {
    organisationId: patch.organisationId !== undefined ? patch.organisationId : patch.partnershipId ? null : before.organisationId,
    contactId: patch.contactId !== undefined ? patch.contactId : before.contactId,
    partnershipId: patch.partnershipId !== undefined ? patch.partnershipId : before.partnershipId,
  };
  return resolveLinks(db, actor, before.structureId, merged);
}
