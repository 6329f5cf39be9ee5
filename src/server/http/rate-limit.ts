import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { publicFormHits } from '../db/schema/index.ts';
import { AppError } from './errors.ts';

/**
 * The one rate limit of the public endpoints (registrations, contribution forms), counted in the
 * database so that every app node shares it. Sign-in has its own, in better-auth's table.
 */
export type RateLimit = {
  /** What is counted: an address (see addressBucket), a form, a slot… */
  bucket: string;
  limit: number;
  windowMs: number;
  /** French, ends the 429: "Trop d’inscriptions depuis cette adresse". */
  refusal: string;
};

/** Client addresses are kept only as a short hash, for the length of a window. */
export const addressBucket = (scope: string, ip: string): string =>
  `${scope}:ip:${createHash('sha256').update(ip).digest('base64url').slice(0, 22)}`;

/** Counts one request against its bucket in the current window; past the limit, a 429 says when to come back. */
export async function takeHit(db: DbOrTx, rule: RateLimit, now: Date = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  await db.delete(publicFormHits).where(and(eq(publicFormHits.bucket, rule.bucket), lt(publicFormHits.windowStart, windowStart)));
  const [row] = await db
    .insert(publicFormHits)
    .values({ bucket: rule.bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [publicFormHits.bucket, publicFormHits.windowStart], set: { hits: sql`${publicFormHits.hits} + 1` } })
    .returning({ hits: publicFormHits.hits });
  if ((row?.hits ?? 0) <= rule.limit) return;
  const minutes = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 60_000));
  throw new AppError('rate_limited', `${rule.refusal} : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`);
}
