import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { publicFormHits } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';

export const FORM_WINDOW_MS = 10 * 60 * 1000;

/** Addresses are kept only as a hash, for the length of a window. */
export const addressBucket = (ip: string): string => `ip:${createHash('sha256').update(ip).digest('base64url').slice(0, 22)}`;
export const formBucket = (groupId: string): string => `form:${groupId}`;

/**
 * Counts one submission against a bucket in the current 10-minute window, in the database so
 * that every app node shares the count; past the limit, a 429 says when to come back.
 */
export async function takeFormHit(db: DbOrTx, bucket: string, limit: number, now: Date = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / FORM_WINDOW_MS) * FORM_WINDOW_MS);
  await db.delete(publicFormHits).where(and(eq(publicFormHits.bucket, bucket), lt(publicFormHits.windowStart, windowStart)));
  const [row] = await db
    .insert(publicFormHits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [publicFormHits.bucket, publicFormHits.windowStart], set: { hits: sql`${publicFormHits.hits} + 1` } })
    .returning({ hits: publicFormHits.hits });
  if ((row?.hits ?? 0) > limit) {
    const minutes = Math.ceil((windowStart.getTime() + FORM_WINDOW_MS - now.getTime()) / 60_000);
    throw new AppError('rate_limited', `Trop de contributions envoyées d’ici : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`);
  }
}
