import type { RelationshipCreate } from '../../../contracts/organisations.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation, softDelete } from '../../db/records.ts';
import { organisationRelationships } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { requireOrganisations } from './organisations.service.ts';
import { findRelationshipOf, insertRelationship, listRelationshipsOf, type RelationshipRow } from './relationships.queries.ts';

function toRelationshipDto(link: RelationshipRow, viewedFrom: string, other: { id: string; name: string }) {
  return {
    id: link.id,
    kind: link.kind,
    direction: link.fromId === viewedFrom ? ('outgoing' as const) : ('incoming' as const),
    organisation: other,
    note: link.note,
    version: link.version,
    createdAt: link.createdAt.toISOString(),
  };
}

export async function listRelationships(db: Db, actor: Actor, organisationId: string) {
  requireAccess(actor, 'directory:read');
  await requireOrganisations(db, [organisationId]);
  const rows = await listRelationshipsOf(db, organisationId);
  return { items: rows.map((r) => toRelationshipDto(r.link, organisationId, r.other)) };
}

/** Records "organisationId <kind> input.organisationId", e.g. an association member_of its federation. */
export async function createRelationship(db: Db, actor: Actor, organisationId: string, input: RelationshipCreate) {
  requireAccess(actor, 'directory:write');
  if (input.organisationId === organisationId) {
    throw new AppError('validation', 'Une organisation ne peut pas être liée à elle-même.', {
      errors: [{ path: 'body.organisationId', message: 'Choisissez une autre organisation' }],
    });
  }
  try {
    return await db.transaction(async (tx) => {
      const names = await requireOrganisations(tx, [organisationId, input.organisationId]);
      const link = await insertRelationship(tx, { fromId: organisationId, toId: input.organisationId, kind: input.kind, note: input.note });
      await auditWrite(tx, actor, 'relationship', { before: null, after: link }, null);
      return toRelationshipDto(link, organisationId, { id: input.organisationId, name: names.get(input.organisationId)! });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Ce lien entre les deux organisations existe déjà.');
    throw error;
  }
}

/** Unlinking edits the organisations rather than deleting one: a member may do it. */
export async function deleteRelationship(db: Db, actor: Actor, organisationId: string, id: string) {
  requireAccess(actor, 'directory:write');
  return db.transaction(async (tx) => {
    const link = await findRelationshipOf(tx, organisationId, id);
    if (!link) throw notFound('Ce lien');
    await softDelete(tx, organisationRelationships, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'relationship', { before: link, after: null }, null);
    return { deleted: true as const, trash: false };
  });
}
