import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ContributionListQuery } from '../../../contracts/contributions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { pageWindow } from '../../db/lists.ts';
import {
  citizenGroups,
  contributionPhotos,
  contributions,
  exhibitionModules,
  exhibitionStops,
  exhibitions,
  structures,
} from '../../db/schema/index.ts';

export type ContributionRow = typeof contributions.$inferSelect;
const WALL_SIZE = 100;

function listConditions(query: ContributionListQuery, readable: string[] | null): SQL | undefined {
  return and(
    isNull(contributions.deletedAt),
    readable ? inArray(contributions.structureId, readable.length ? readable : [crypto.randomUUID()]) : undefined,
    query.structureId ? eq(contributions.structureId, query.structureId) : undefined,
    query.groupId ? eq(contributions.groupId, query.groupId) : undefined,
    query.status ? eq(contributions.status, query.status) : undefined,
    query.selected !== undefined ? eq(contributions.selected, query.selected) : undefined,
  );
}

/** The moderation queue reads oldest first, so that nobody waits forever. */
export async function listContributionRows(db: DbOrTx, query: ContributionListQuery, readable: string[] | null) {
  const where = listConditions(query, readable);
  const { limit, offset } = pageWindow(query);
  const rows = await db
    .select()
    .from(contributions)
    .where(where)
    .orderBy(asc(contributions.createdAt), asc(contributions.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(contributions).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function insertContribution(db: DbOrTx, values: typeof contributions.$inferInsert): Promise<ContributionRow> {
  const [row] = await db.insert(contributions).values(values).returning();
  return row!;
}

export async function insertPhoto(db: DbOrTx, values: typeof contributionPhotos.$inferInsert): Promise<void> {
  await db.insert(contributionPhotos).values(values);
}

export async function photoOf(db: DbOrTx, contributionId: string) {
  const rows = await db.select().from(contributionPhotos).where(eq(contributionPhotos.contributionId, contributionId)).limit(1);
  return rows[0];
}

/** Modules a citizen may relate a contribution to: those of every live exhibition. */
export async function liveModules(db: DbOrTx) {
  return db
    .select({ id: exhibitionModules.id, title: exhibitionModules.title })
    .from(exhibitionModules)
    .innerJoin(exhibitions, and(eq(exhibitions.id, exhibitionModules.exhibitionId), isNull(exhibitions.deletedAt)))
    .orderBy(asc(exhibitions.title), asc(exhibitionModules.position));
}

export async function structureName(db: DbOrTx, structureId: string): Promise<string> {
  const rows = await db.select({ name: structures.name }).from(structures).where(eq(structures.id, structureId)).limit(1);
  return rows[0]?.name ?? '';
}

export async function liveStop(db: DbOrTx, stopId: string) {
  const rows = await db
    .select({
      id: exhibitionStops.id,
      structureId: exhibitionStops.structureId,
      opensOn: exhibitionStops.opensOn,
      closesOn: exhibitionStops.closesOn,
    })
    .from(exhibitionStops)
    .where(and(eq(exhibitionStops.id, stopId), isNull(exhibitionStops.deletedAt)))
    .limit(1);
  return rows[0];
}

/** The wall: only approved AND selected contributions of live groups of the structure, newest moderation first. */
export async function wallRows(db: DbOrTx, structureId: string) {
  return db
    .select({ contribution: contributions, groupName: citizenGroups.name, moduleTitle: exhibitionModules.title })
    .from(contributions)
    .innerJoin(citizenGroups, and(eq(citizenGroups.id, contributions.groupId), isNull(citizenGroups.deletedAt)))
    .leftJoin(exhibitionModules, eq(exhibitionModules.id, contributions.moduleId))
    .where(
      and(
        eq(contributions.structureId, structureId),
        eq(contributions.status, 'approved'),
        eq(contributions.selected, true),
        isNull(contributions.deletedAt),
      ),
    )
    .orderBy(desc(contributions.moderatedAt), asc(contributions.id))
    .limit(WALL_SIZE);
}

export async function approvedContribution(db: DbOrTx, id: string): Promise<ContributionRow | undefined> {
  const rows = await db
    .select()
    .from(contributions)
    .where(and(eq(contributions.id, id), eq(contributions.status, 'approved'), isNull(contributions.deletedAt)))
    .limit(1);
  return rows[0];
}
