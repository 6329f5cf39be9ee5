import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/records.ts';
import { venueMappings } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';

export type VenueMappingRow = typeof venueMappings.$inferSelect;

/** The shipped mappings and those of the given structures (null: every structure), live ones only. */
export async function listLiveMappings(db: DbOrTx, structureIds: string[] | null): Promise<VenueMappingRow[]> {
  const ofStructures =
    structureIds === null ? undefined : structureIds.length ? inArray(venueMappings.structureId, structureIds) : undefined;
  return db
    .select()
    .from(venueMappings)
    .where(and(isNull(venueMappings.deletedAt), structureIds === null ? undefined : or(isNull(venueMappings.structureId), ofStructures)))
    .orderBy(venueMappings.label, venueMappings.name);
}

export async function findLiveMappingByName(db: DbOrTx, name: string): Promise<VenueMappingRow | undefined> {
  const [row] = await db
    .select()
    .from(venueMappings)
    .where(and(eq(venueMappings.name, name), isNull(venueMappings.deletedAt)))
    .limit(1);
  return row;
}

/** A name taken, even by a mapping in the trash, is a 409 with a sentence. */
export async function insertMapping(db: DbOrTx, values: typeof venueMappings.$inferInsert): Promise<VenueMappingRow> {
  try {
    const [row] = await db.insert(venueMappings).values(values).returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        'conflict',
        `Le nom « ${values.name} » est déjà pris par une autre correspondance (ou par une correspondance à la corbeille).`,
      );
    throw error;
  }
}
