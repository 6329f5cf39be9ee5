import type { ConsentInput, ContactCreate, ContactListQuery, ContactUpdate } from '../../../contracts/contacts.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../db/lists.ts';
import { findLive, softDelete, toDto, updateVersioned } from '../../db/records.ts';
import { contacts } from '../../db/schema/index.ts';
import { withNearFallback } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { parisToday } from '../../lib/paris-time.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { auditWrite } from '../audit/audit.service.ts';
import { affiliationsTo } from './affiliations.queries.ts';
import { emailDuplicates } from './contact-duplicates.service.ts';
import { type ContactRow, insertContact, listContactRows } from './contacts.queries.ts';

const WHAT = 'Le contact';

/** Consent is stored flat (so outreach can filter on opt-outs) and shown grouped. */
export function toContactDto(row: ContactRow) {
  return {
    ...toDto(row),
    consent: {
      legalBasis: row.legalBasis,
      date: row.consentOn,
      optOuts: { email: row.optOutEmail, phone: row.optOutPhone, post: row.optOutPost },
    },
  };
}

function consentColumns(consent: ConsentInput | undefined) {
  if (!consent) return {};
  return {
    legalBasis: consent.legalBasis,
    consentOn: consent.date,
    optOutEmail: consent.optOuts?.email,
    optOutPhone: consent.optOuts?.phone,
    optOutPost: consent.optOuts?.post,
  };
}

export async function listContacts(db: Db, actor: Actor, query: ContactListQuery) {
  requireAccess(actor, 'directory:read');
  const { rows, total } = await withNearFallback(db, query.q, (tx, near) => listContactRows(tx, query, near));
  if (!query.organisationId) return pageOf(rows.map(toContactDto), total, query);
  const today = parisToday();
  const affiliated = await affiliationsTo(
    db,
    query.organisationId,
    rows.map((row) => row.id),
    today,
  );
  const items = rows.map((row) => {
    const a = affiliated.get(row.id);
    const affiliation = a && {
      id: a.id,
      role: a.role,
      startOn: a.startOn,
      endOn: a.endOn,
      primary: a.primary,
      current: a.endOn === null || a.endOn >= today,
    };
    return { ...toContactDto(row), affiliation };
  });
  return pageOf(items, total, query);
}

export async function getContact(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:read');
  return toContactDto(await loadLiveContact(db, id));
}

/** Refuses an e-mail another contact already holds (409 with them in `current.duplicates`), unless forced. */
export async function createContact(db: Db, actor: Actor, input: ContactCreate, force = false) {
  requireAccess(actor, 'directory:write');
  const { consent, ...fields } = input;
  return db.transaction(async (tx) => {
    const duplicates = force ? [] : await emailDuplicates(tx, input.emails ?? []);
    if (duplicates.length > 0) {
      const first = duplicates[0]!.contact;
      throw new AppError(
        'conflict',
        `${[first.firstName, first.lastName].filter(Boolean).join(' ')} a déjà cette adresse e-mail : ouvrez sa fiche, ou confirmez la création d’un doublon (?force=true).`,
        { current: { duplicates } },
      );
    }
    const row = await insertContact(tx, { ...fields, ...consentColumns(consent) });
    await auditWrite(tx, actor, 'contact', { before: null, after: row }, null);
    return toContactDto(row);
  });
}

export async function updateContact(db: Db, actor: Actor, id: string, input: ContactUpdate) {
  requireAccess(actor, 'directory:write');
  const { version, consent, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await loadLiveContact(tx, id);
    const after = (await updateVersioned(tx, contacts, id, version, { ...fields, ...consentColumns(consent) }, WHAT)) as ContactRow;
    await auditWrite(tx, actor, 'contact', { before, after }, null);
    return toContactDto(after);
  });
}

export async function deleteContact(db: Db, actor: Actor, id: string) {
  requireAccess(actor, 'directory:manage');
  return db.transaction(async (tx) => {
    const before = await loadLiveContact(tx, id);
    await softDelete(tx, contacts, id, actorIdOf(actor));
    await auditWrite(tx, actor, 'contact', { before: before, after: null }, null);
    return { deleted: true as const, trash: true };
  });
}

/** For the features that link to people: 404 unless the contact is live. */
export async function loadLiveContact(db: DbOrTx, id: string): Promise<ContactRow> {
  const row = (await findLive(db, contacts, id)) as ContactRow | undefined;
  if (!row) throw notFound(WHAT);
  return row;
}
