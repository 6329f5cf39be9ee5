import { and, arrayOverlaps, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { affiliations, contacts, organisations } from '../../db/schema/index.ts';
import type { ContactInsert, ContactRow } from './contacts.queries.ts';

/** Live contacts of a batch: by Maillage id or sharing an e-mail address with a row. */
export async function findContactMatches(db: DbOrTx, ids: string[], emails: string[]): Promise<ContactRow[]> {
  if (ids.length === 0 && emails.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(
      and(
        isNull(contacts.deletedAt),
        or(ids.length ? inArray(contacts.id, ids) : undefined, emails.length ? arrayOverlaps(contacts.emails, emails) : undefined),
      ),
    );
}

export type AffiliationTarget = { id: string; name: string; siret: string | null; rna: string | null; uai: string | null; folded: string };

/** Live organisations a batch names, by identifier or by name (accents and case aside). */
export async function findAffiliationTargets(
  db: DbOrTx,
  keys: { sirets: string[]; rnas: string[]; uais: string[]; names: string[] },
): Promise<AffiliationTarget[]> {
  const folded = sql<string>`maillage_unaccent(lower(${organisations.name}))`;
  const conditions = [
    keys.sirets.length ? inArray(organisations.siret, keys.sirets) : undefined,
    keys.rnas.length ? inArray(organisations.rna, keys.rnas) : undefined,
    keys.uais.length ? inArray(organisations.uai, keys.uais) : undefined,
    keys.names.length
      ? sql`${folded} in (select maillage_unaccent(lower(n)) from unnest(${`{${keys.names.map(arrayItem).join(',')}}`}::text[]) as n)`
      : undefined,
  ].filter(Boolean);
  if (conditions.length === 0) return [];
  const { id, name, siret, rna, uai } = organisations;
  return db
    .select({ id, name, siret, rna, uai, folded })
    .from(organisations)
    .where(and(isNull(organisations.deletedAt), or(...conditions)));
}

/** A Postgres array literal item: quoted, backslashes and quotes escaped. */
const arrayItem = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The organisations each contact is affiliated to now (live affiliations). */
export async function affiliatedOrganisations(db: DbOrTx, contactIds: string[]): Promise<{ contactId: string; organisationId: string }[]> {
  if (contactIds.length === 0) return [];
  return db
    .select({ contactId: affiliations.contactId, organisationId: affiliations.organisationId })
    .from(affiliations)
    .where(and(isNull(affiliations.deletedAt), inArray(affiliations.contactId, contactIds)));
}

export async function insertImportedContacts(db: DbOrTx, rows: (ContactInsert & { id: string })[]): Promise<ContactRow[]> {
  return rows.length ? db.insert(contacts).values(rows).returning() : [];
}

export async function updateContactRow(db: DbOrTx, id: string, patch: Partial<ContactInsert>): Promise<ContactRow> {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, version: sql`${contacts.version} + 1`, updatedAt: new Date() })
    .where(eq(contacts.id, id))
    .returning();
  return row!;
}

export async function insertImportedAffiliations(db: DbOrTx, rows: (typeof affiliations.$inferInsert)[]) {
  return rows.length ? db.insert(affiliations).values(rows).returning() : [];
}
