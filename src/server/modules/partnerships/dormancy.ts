import { and, eq, gte, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { partnerships } from '../../db/schema/index.ts';

/**
 * A partnership is dormant when it is not declined and its structure has had no interaction
 * with the organisation since the cutoff (counted from its creation when there was none).
 */
export function dormantCutoff(months: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

type Dated = { stage: string; lastInteractionAt: Date | null; createdAt: Date };

export const isDormant = (row: Dated, cutoff: Date): boolean =>
  row.stage !== 'declined' && (row.lastInteractionAt ?? row.createdAt) < cutoff;

const lastSign = sql`coalesce(${partnerships.lastInteractionAt}, ${partnerships.createdAt})`;

/** The same rule as isDormant, as a list filter. */
export function dormantCondition(dormant: boolean, cutoff: Date): SQL | undefined {
  return dormant
    ? and(ne(partnerships.stage, 'declined'), lt(lastSign, cutoff))
    : or(eq(partnerships.stage, 'declined'), gte(lastSign, cutoff));
}
