import type { AffiliationCreate, AffiliationUpdate } from '../../../contracts/contacts.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { affiliations } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';
import {
  type AffiliationRow,
  clearOtherPrimaries,
  findAffiliationOf,
  insertAffiliation,
  listAffiliationsOf,
} from './affiliations.queries.ts';
import { loadLiveContact } from './contacts.service.ts';

const WHAT = 'L’affiliation';

function toAffiliationDto(row: AffiliationRow, organisation: { id: string; name: string }) {
  return { ...toDto(row), organisation, current: row.endOn === null || row.endOn >= parisToday() };
}

function requireOrderedDates(startOn: string | null | undefined, endOn: string | null | undefined): void {
  if (startOn && endOn && endOn < startOn) {
    throw new AppError('validation', 'L’affiliation se termine avant d’avoir commencé.', {
      errors: [{ path: 'body.endOn', message: 'Date de fin antérieure au début' }],
    });
  }
}

export async function listAffiliations(db: Db, actor: Actor, contactId: string) {
  requireAccess(actor, 'directory:read');
  await loadLiveContact(db, contactId);
  const rows = await listAffiliationsOf(db, contactId);
  return { items: rows.map((r) => toAffiliationDto(r.affiliation, r.organisation)) };
}

/** A new job starts: the person keeps their past affiliations, which carry an end date. */
export async function createAffiliation(db: Db, actor: Actor, contactId: string, input: AffiliationCreate) {
  requireAccess(actor, 'directory:write');
  requireOrderedDates(input.startOn, input.endOn);
  return db.transaction(async (tx) => {
    await loadLiveContact(tx, contactId);
    const names = await requireOrganisations(tx, [input.organisationId]);
    const row = await insertAffiliation(tx, { ...input, contactId });
    await auditWrite(tx, actor, 'affiliation', { before: null, after: row }, null);
    if (row.primary) await demoteOthers(tx, actor, row);
    return toAffiliationDto(row, { id: row.organisationId, name: names.get(row.organisationId)! });
  });
}

export async function updateAffiliation(db: Db, actor: Actor, contactId: string, id: string, input: AffiliationUpdate) {
  requireAccess(actor, 'directory:write');
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await findAffiliationOf(tx, contactId, id);
    if (!before) throw notFound(WHAT);
    requireOrderedDates(
      patch.startOn === undefined ? before.startOn : patch.startOn,
      patch.endOn === undefined ? before.endOn : patch.endOn,
    );
    const after = (await updateVersioned(tx, affiliations, id, version, patch, WHAT)) as AffiliationRow;
    await auditWrite(tx, actor, 'affiliation', { before, after }, null);
    if (after.primary && !before.primary) await demoteOthers(tx, actor, after);
    const names = await requireOrganisations(tx, [after.organisationId]);
    return toAffiliationDto(after, { id: after.organisationId, name: names.get(after.organisationId)! });
  });
}

/** Removing an affiliation edits the person's record: a member may do it. */
export async function deleteAffiliation(db: Db, actor: Actor, contactId: string, id: string) {
  requireAccess(actor, 'directory:write');
  return db.transaction(async (tx) => {
    const before = await findAffiliationOf(tx, contactId, id);
    if (!before) throw notFound(WHAT);
    await softDelete(tx, affiliations, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'affiliation', { before: before, after: null }, null);
    return { deleted: true as const, trash: false };
  });
}

async function demoteOthers(tx: DbOrTx, actor: Actor, primary: AffiliationRow): Promise<void> {
  for (const change of await clearOtherPrimaries(tx, primary.contactId, primary.id)) {
    await auditWrite(tx, actor, 'affiliation', { before: change.before, after: change.after }, null);
  }
}
