import type { ContactDuplicatesQuery } from '../../../contracts/contacts.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { type ContactRow, findByEmails, findSameName } from './contacts.queries.ts';

type Duplicate = { contact: ContactRow; reasons: ('email' | 'name')[] };

const summaryOf = ({ contact: c, reasons }: Duplicate) => ({
  contact: { id: c.id, firstName: c.firstName, lastName: c.lastName, emails: c.emails },
  reasons,
});

/** Contacts that already hold one of these e-mail addresses: the same person, almost surely. */
export async function emailDuplicates(db: DbOrTx, emails: string[], excludeId?: string) {
  const rows = await findByEmails(db, emails, excludeId);
  return rows.map((contact) => summaryOf({ contact, reasons: ['email'] }));
}

/** Probable duplicates of a person about to be saved: a shared e-mail, or the very same name. */
export async function checkContactDuplicates(db: Db, actor: Actor, candidate: ContactDuplicatesQuery) {
  requireAccess(actor, 'directory:read');
  const found = new Map<string, Duplicate>();
  for (const contact of await findByEmails(db, candidate.emails ?? [], candidate.excludeId)) {
    found.set(contact.id, { contact, reasons: ['email'] });
  }
  if (candidate.lastName) {
    for (const contact of await findSameName(db, candidate.firstName ?? null, candidate.lastName, candidate.excludeId)) {
      const known = found.get(contact.id);
      if (known) known.reasons.push('name');
      else found.set(contact.id, { contact, reasons: ['name'] });
    }
  }
  return { items: [...found.values()].map(summaryOf) };
}
