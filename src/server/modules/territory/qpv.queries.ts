import { and, asc, count, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { qpv } from '../../db/schema/index.ts';
import type { Position } from './geo-math.ts';

export type QpvRow = typeof qpv.$inferSelect;
export type QpvValues = Omit<typeof qpv.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deletedBy'>;

export async function qpvByCodes(db: DbOrTx, codes: string[]): Promise<QpvRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(qpv).where(inArray(qpv.code, codes));
}

export async function insertQpv(db: DbOrTx, values: QpvValues): Promise<QpvRow> {
  const [row] = await db.insert(qpv).values(values).returning();
  return row!;
}

export async function updateQpv(db: DbOrTx, id: string, values: QpvValues, version: number): Promise<QpvRow> {
  const [row] = await db
    .update(qpv)
    .set({ ...values, version: version + 1, updatedAt: new Date(), deletedAt: null, deletedBy: null })
    .where(eq(qpv.id, id))
    .returning();
  return row!;
}

/** Live neighbourhoods whose bounding box comes within `marginDegrees` of the point; all of them without a point. */
export async function liveQpv(db: DbOrTx, near?: Position, marginDegrees = 0): Promise<QpvRow[]> {
  const box = near
    ? and(
        lte(qpv.minLon, near[0] + marginDegrees),
        gte(qpv.maxLon, near[0] - marginDegrees),
        lte(qpv.minLat, near[1] + marginDegrees),
        gte(qpv.maxLat, near[1] - marginDegrees),
      )
    : undefined;
  return db
    .select()
    .from(qpv)
    .where(and(isNull(qpv.deletedAt), box))
    .orderBy(asc(qpv.code));
}

export async function countLiveQpv(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(qpv).where(isNull(qpv.deletedAt));
  return row?.n ?? 0;
}
