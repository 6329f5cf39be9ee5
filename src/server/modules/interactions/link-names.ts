import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contacts, organisations, user } from '../../db/schema/index.ts';

type Linked = { organisationId: string | null; contactId: string | null };
type Names = { organisationName: string | null; contactName: string | null; personName: string | null };

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

/**
 * The names of what interactions or tasks link to, read in three queries for a whole page, so a
 * timeline needs no request per row. `personOf` picks the author or the owner. Trashed records keep their name.
 */
export async function linkNames<T extends Linked>(db: DbOrTx, rows: T[], personOf: (row: T) => string | null): Promise<(T & Names)[]> {
  const organisationIds = unique(rows.map((row) => row.organisationId));
  const contactIds = unique(rows.map((row) => row.contactId));
  const userIds = unique(rows.map(personOf));
  const [orgs, people, users] = await Promise.all([
    organisationIds.length
      ? db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, organisationIds))
      : [],
    contactIds.length
      ? db
          .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
          .from(contacts)
          .where(inArray(contacts.id, contactIds))
      : [],
    userIds.length ? db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, userIds)) : [],
  ]);
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const contactNames = new Map(people.map((c) => [c.id, [c.firstName, c.lastName].filter(Boolean).join(' ')]));
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((row) => ({
    ...row,
    organisationName: row.organisationId ? (orgNames.get(row.organisationId) ?? null) : null,
    contactName: row.contactId ? (contactNames.get(row.contactId) ?? null) : null,
    personName: userNames.get(personOf(row) ?? '') ?? null,
  }));
}
