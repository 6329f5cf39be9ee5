import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { listStageChanges } from './partnerships.queries.ts';
import { loadReadablePartnership } from './partnerships.service.ts';

/**
 * The stages a partnership went through, oldest first, with the time spent in each
 * (up to now for the current one): what time-in-stage and conversion reports are made of.
 */
export async function getStageHistory(db: Db, actor: Actor, id: string, now = new Date()) {
  await loadReadablePartnership(db, actor, id);
  const rows = await listStageChanges(db, id);
  return {
    items: rows.map(({ change, actorName }, index) => {
      const until = rows[index + 1]?.change.at ?? null;
      return {
        id: change.id,
        from: change.fromStage,
        to: change.toStage,
        at: change.at.toISOString(),
        until: until?.toISOString() ?? null,
        secondsInStage: Math.max(0, Math.round(((until ?? now).getTime() - change.at.getTime()) / 1000)),
        actor: change.actorId ? { id: change.actorId, name: actorName ?? '?' } : null,
      };
    }),
  };
}
