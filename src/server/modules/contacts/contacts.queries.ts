import { and, arrayOverlaps, count, eq, exists, gte, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { ContactListQuery } from '../../../contracts/contacts.ts';
import type { ContactExportQuery } from '../../../contracts/exports.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow, sinceOf, sortOrder } from '../../db/lists.ts';
import { affiliations, contacts } from '../../db/schema/index.ts';
import { contactFullName, contactVector, folded, matchesText } from '../../db/text-search.ts';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactInsert = typeof contacts.$inferInsert;

const fullName = contactFullName(contacts.firstName, contacts.lastName);
const SORTS = {
  lastName: folded(contacts.lastName),
  firstName: folded(contacts.firstName),
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};

function listConditions(db: DbOrTx, query: ContactExportQuery, near: boolean): SQL | undefined {
  const affiliated = (organisationId: string) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(affiliations)
        .where(
          and(eq(affiliations.contactId, contacts.id), eq(affiliations.organisationId, organisationId), isNull(affiliations.deletedAt)),
        ),
    );
  return and(
    isNull(contacts.deletedAt),
    query.language ? eq(contacts.language, query.language) : undefined,
    query.updatedSince ? gte(contacts.updatedAt, sinceOf(query.updatedSince)) : undefined,
    query.organisationId ? affiliated(query.organisationId) : undefined,
    query.q ? matchesText(contactVector, fullName, query.q, near) : undefined,
  );
}

/** `near`: match the words `q` by near spelling of the name instead of full text. */
export async function listContactRows(db: DbOrTx, query: ContactListQuery, near = false) {
  const where = listConditions(db, query, near);
  const rows = await db
    .select()
    .from(contacts)
    .where(where)
    .orderBy(...sortOrder(query.sort, SORTS, 'lastName', contacts.id))
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset);
  const [total] = await db.select({ n: count() }).from(contacts).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The whole list view's ids in its order, for an export that then reads the rows a batch at a time. */
export async function contactIdsInOrder(db: DbOrTx, query: ContactExportQuery, near = false) {
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(listConditions(db, query, near))
    .orderBy(...sortOrder(query.sort, SORTS, 'lastName', contacts.id));
  return { ids: rows.map((r) => r.id), total: rows.length };
}

export async function liveContactsByIds(db: DbOrTx, ids: string[]): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(inArray(contacts.id, ids), isNull(contacts.deletedAt)));
}

export async function insertContact(db: DbOrTx, values: ContactInsert): Promise<ContactRow> {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

/** Live contacts holding one of these addresses (stored in lower case). */
export async function findByEmails(db: DbOrTx, emails: string[], excludeId?: string): Promise<ContactRow[]> {
  if (emails.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(isNull(contacts.deletedAt), arrayOverlaps(contacts.emails, emails), excludeId ? ne(contacts.id, excludeId) : undefined))
    .limit(20);
}

/** Live contacts with the same name, accents and case aside. */
export async function findSameName(db: DbOrTx, firstName: string | null, lastName: string, excludeId?: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(
      and(
        isNull(contacts.deletedAt),
        sql`${fullName} = ${folded(`${firstName ?? ''} ${lastName}`)}`,
        excludeId ? ne(contacts.id, excludeId) : undefined,
      ),
    )
    .limit(20);
}
