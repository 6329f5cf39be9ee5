import { MERGE_KINDS } from '../../../contracts/merges.ts';
import type { Db } from '../../db/client.ts';
import { hasPending } from './duplicates.queries.ts';
import { comparePending } from './duplicates.service.ts';

/** How often an idle worker looks at the queue, and how long it compares before letting requests through. */
const IDLE_MS = 2_000;
const SLICE_MS = 300;

/**
 * Compares queued records for the duplicates review in the background of this node, in short
 * slices, so that a large import or open-data refresh never makes a request wait for it (list
 * requests compare only a few queued records themselves). Several nodes share the queue safely:
 * each takes its records with `for update skip locked`.
 */
export function startPairWorker(db: Db, log: { error: (obj: object, msg: string) => void }) {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    let busy = false;
    for (const kind of MERGE_KINDS) {
      if (stopping || !(await hasPending(db, kind))) continue;
      const start = performance.now();
      await comparePending(db, kind, () => !stopping && performance.now() - start < SLICE_MS);
      busy ||= await hasPending(db, kind);
    }
    return busy;
  };
  const schedule = (delay: number) => {
    if (stopping) return;
    timer = setTimeout(() => {
      current = tick()
        .then((busy) => schedule(busy ? 0 : IDLE_MS))
        .catch((error) => {
          log.error({ err: error }, 'duplicate comparison failed');
          schedule(IDLE_MS);
        });
    }, delay);
    timer.unref();
  };
  schedule(IDLE_MS);
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current;
    },
  };
}
