import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { organisationRelationships, organisations } from '../../db/schema/index.ts';

export type RelationshipRow = typeof organisationRelationships.$inferSelect;

const other = alias(organisations, 'other');

/** Links in both directions, each with the organisation at the other end (only live ones). */
export async function listRelationshipsOf(db: DbOrTx, organisationId: string) {
  const from = organisationRelationships.fromId;
  const to = organisationRelationships.toId;
  return db
    .select({ link: organisationRelationships, other: { id: other.id, name: other.name } })
    .from(organisationRelationships)
    .innerJoin(other, or(and(eq(from, organisationId), eq(other.id, to)), and(eq(to, organisationId), eq(other.id, from))))
    .where(and(isNull(organisationRelationships.deletedAt), isNull(other.deletedAt), or(eq(from, organisationId), eq(to, organisationId))))
    .orderBy(desc(organisationRelationships.createdAt));
}

export async function insertRelationship(db: DbOrTx, values: typeof organisationRelationships.$inferInsert): Promise<RelationshipRow> {
  const [row] = await db.insert(organisationRelationships).values(values).returning();
  return row!;
}

/** A live link touching this organisation (either end). */
export async function findRelationshipOf(db: DbOrTx, organisationId: string, id: string): Promise<RelationshipRow | undefined> {
  const [row] = await db
    .select()
    .from(organisationRelationships)
    .where(
      and(
        eq(organisationRelationships.id, id),
        isNull(organisationRelationships.deletedAt),
        or(eq(organisationRelationships.fromId, organisationId), eq(organisationRelationships.toId, organisationId)),
      ),
    )
    .limit(1);
  return row;
}
