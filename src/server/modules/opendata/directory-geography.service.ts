import { and, asc, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { directoryEntries } from '../../db/schema/index.ts';
import { loadQpvIndex } from '../territory/geo-derivation.ts';
import type { EntryInput } from './directory-entry.ts';
import { placer } from './entry-geography.ts';
import { updateEntryPlaces } from './opendata.queries.ts';

const PAGE = 2_000;

/**
 * Places the candidates again after a QPV import (a page of rows per transaction): the QPV they
 * stand in and their distance to the nearest. Centroids are derived again from the codes.
 */
export async function backfillDirectoryGeography(db: Db): Promise<number> {
  const placed = placer(await loadQpvIndex(db));
  let after = '00000000-0000-0000-0000-000000000000';
  let changed = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(directoryEntries)
      .where(and(gt(directoryEntries.id, after), isNull(directoryEntries.deletedAt)))
      .orderBy(asc(directoryEntries.id))
      .limit(PAGE);
    if (rows.length === 0) return changed;
    after = rows[rows.length - 1]!.id;
    const updates = rows.flatMap((row) => {
      const input: EntryInput = row.geoPrecision === 'approximate' ? { ...row, latitude: null, longitude: null } : row;
      const next = placed(input);
      const same = next.qpvCode === row.qpvCode && next.qpvDistanceMeters === row.qpvDistanceMeters && next.inseeCode === row.inseeCode;
      return same
        ? []
        : [
            {
              id: row.id,
              inseeCode: next.inseeCode ?? null,
              qpvCode: next.qpvCode ?? null,
              qpvDistanceMeters: next.qpvDistanceMeters ?? null,
            },
          ];
    });
    await db.transaction((tx) => updateEntryPlaces(tx, updates));
    changed += updates.length;
  }
}
