import {
  ACTIVE_STAGES,
  type Coverage,
  type CoverageMatrix,
  type CoverageMatrixQuery,
  type CoverageQuery,
  QPV_REACH_METERS,
} from '../../../contracts/territory.ts';
import { OBJECTIVES, SECTORS } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { readableStructureIds, requireAccess } from '../access/require-access.ts';
import { getStructure } from '../structures/structures.service.ts';
import { type CoveragePartnerRow, coverageEventRows, coveragePartnerRows } from './coverage.queries.ts';
import { distanceToAreaMeters, inBox, type Position } from './geo-math.ts';
import { type Territory, territoriesOf, territoryAt, territoryByCode } from './geography.ts';
import { liveQpv, type QpvRow } from './qpv.queries.ts';

/** 500 m in degrees, with room: the bounding-box filter before the exact distance. */
const REACH_MARGIN_DEGREES = 0.01;

type Scope = { structureIds: string[] | null; departement: string | null };

/** The structure asked for (its département frames the map), or every structure the actor reads. */
async function scopeOf(db: Db, actor: Actor, structureId: string | undefined): Promise<Scope> {
  if (!structureId) {
    requireAccess(actor, 'directory:read');
    return { structureIds: readableStructureIds(actor), departement: null };
  }
  requireAccess(actor, 'structure:read', structureId);
  const structure = await getStructure(db, actor, structureId);
  return { structureIds: [structureId], departement: structure.departement };
}

/** One row per organisation: a partner followed by two structures counts once. */
async function partnersOf(db: Db, scope: Scope, query: CoverageQuery) {
  const rows = await coveragePartnerRows(db, {
    structureIds: scope.structureIds,
    stages: query.stage ? [query.stage] : ACTIVE_STAGES,
    sector: query.sector,
    objective: query.objective,
  });
  const byOrganisation = new Map<string, CoveragePartnerRow & { territory: Territory | undefined }>();
  for (const row of rows) {
    const existing = byOrganisation.get(row.organisationId);
    if (existing) existing.objectives = [...new Set([...existing.objectives, ...row.objectives])];
    else byOrganisation.set(row.organisationId, { ...row, territory: territoryOfRow(row) });
  }
  return [...byOrganisation.values()];
}

function territoryOfRow(row: CoveragePartnerRow): Territory | undefined {
  const located = row.latitude !== null && row.longitude !== null && row.precision !== 'approximate';
  return territoryByCode(row.inseeCode) ?? (located ? territoryAt([row.longitude!, row.latitude!]) : undefined);
}

/** Rows of the map and the matrix: the département's territories when known, plus any other one that has partners. */
function territoryRows(scope: Scope, partners: { territory: Territory | undefined }[]): Territory[] {
  const rows = new Map((scope.departement ? territoriesOf(scope.departement) : []).map((t) => [t.code, t]));
  for (const { territory } of partners) if (territory) rows.set(territory.code, territory);
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export async function getCoverage(db: Db, actor: Actor, query: CoverageQuery): Promise<Coverage> {
  const scope = await scopeOf(db, actor, query.structureId);
  const partners = await partnersOf(db, scope, query);
  const counts = new Map<string, number>();
  for (const { territory } of partners) if (territory) counts.set(territory.code, (counts.get(territory.code) ?? 0) + 1);
  const qpvRows = (await liveQpv(db)).filter((q) => !scope.departement || q.departement === scope.departement);
  const points = partners.flatMap((p) =>
    p.latitude !== null && p.longitude !== null && p.precision !== 'approximate' ? [[p.longitude, p.latitude] as Position] : [],
  );
  const qpv = qpvRows.map((q) => ({ code: q.code, name: q.name, departement: q.departement, partnersNear: partnersNear(q, points) }));
  return {
    departement: scope.departement,
    territories: territoryRows(scope, partners).map((t) => ({
      code: t.code,
      name: t.name,
      kind: t.kind,
      departement: t.departement,
      partners: counts.get(t.code) ?? 0,
    })),
    qpv: qpv.map((q) => ({ ...q, reached: q.partnersNear > 0 })),
    markers: partners.flatMap((p) =>
      p.latitude !== null && p.longitude !== null
        ? [
            {
              partnershipId: p.partnershipId,
              organisationId: p.organisationId,
              name: p.name,
              sector: p.sector,
              stage: p.stage,
              latitude: p.latitude,
              longitude: p.longitude,
              precision: p.precision,
              qpvCode: p.qpvCode,
            },
          ]
        : [],
    ),
    events: (await coverageEventRows(db, scope.structureIds)).map((event) => ({
      id: event.id,
      title: event.title,
      venueName: event.venueName,
      startsAt: event.startsAt?.toISOString() ?? null,
      latitude: event.latitude!,
      longitude: event.longitude!,
    })),
    totals: {
      partners: partners.length,
      located: partners.filter((p) => p.territory).length,
      qpv: qpv.length,
      qpvReached: qpv.filter((q) => q.partnersNear > 0).length,
    },
  };
}

/** Partners standing in the QPV or within QPV_REACH_METERS of it. */
function partnersNear(q: QpvRow, points: Position[]): number {
  return points.filter((p) => inBox(q, p, REACH_MARGIN_DEGREES) && distanceToAreaMeters(q.geometry, p) <= QPV_REACH_METERS).length;
}

export async function getCoverageMatrix(db: Db, actor: Actor, query: CoverageMatrixQuery): Promise<CoverageMatrix> {
  const scope = await scopeOf(db, actor, query.structureId);
  const partners = await partnersOf(db, scope, query);
  const tally = (subset: typeof partners) => ({
    counts: Object.fromEntries(OBJECTIVES.map((o) => [o, subset.filter((p) => p.objectives.includes(o)).length])) as Record<
      (typeof OBJECTIVES)[number],
      number
    >,
    partners: subset.length,
  });
  return {
    objectives: [...OBJECTIVES],
    sectors: SECTORS.filter((s) => !query.sector || s === query.sector).map((sector) => ({
      sector,
      ...tally(partners.filter((p) => p.sector === sector)),
    })),
    territories: territoryRows(scope, partners).map((t) => ({
      code: t.code,
      name: t.name,
      ...tally(partners.filter((p) => p.territory?.code === t.code)),
    })),
  };
}
