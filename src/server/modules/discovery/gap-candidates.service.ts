import type { DiscoveryResult } from '../../../contracts/discovery.ts';
import {
  type CoverageGap,
  type CoverageGapList,
  GAP_CANDIDATES,
  type GapCandidates,
  type GapCandidatesQuery,
} from '../../../contracts/territory.ts';
import type { OBJECTIVES } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { SECTOR_LABELS } from '../../lib/french-labels.ts';
import { getCoverageMatrix } from '../territory/coverage.service.ts';
import { territoryByCode } from '../territory/geography.ts';
import { searchDiscovery } from './discovery.service.ts';
import { OBJECTIVE_OF_SECTOR } from './score-explanation.ts';

type Objective = (typeof OBJECTIVES)[number];
/** Candidates of a territory read before keeping those whose sector serves the objective first. */
const TERRITORY_SHORTLIST = 50;

/** Every zero cell of the structure's two matrices, sectors first. */
export async function listCoverageGaps(db: Db, actor: Actor, structureId: string): Promise<CoverageGapList> {
  const matrix = await getCoverageMatrix(db, actor, { structureId });
  const zeros = (counts: Record<Objective, number>) => matrix.objectives.filter((o) => counts[o] === 0);
  const items: CoverageGap[] = [
    ...matrix.sectors.flatMap((row) =>
      zeros(row.counts).map((objective) => ({ sector: row.sector, inseeCode: null, label: SECTOR_LABELS[row.sector], objective })),
    ),
    ...matrix.territories.flatMap((row) =>
      zeros(row.counts).map((objective) => ({ sector: null, inseeCode: row.code, label: row.name, objective })),
    ),
  ];
  return { items };
}

/** Partners already serving the objective in the gap's sector or territory (0 while it is a gap). */
async function partnersInCell(db: Db, actor: Actor, query: GapCandidatesQuery): Promise<number> {
  const matrix = await getCoverageMatrix(db, actor, { structureId: query.structureId, sector: query.sector });
  const row = query.sector
    ? matrix.sectors.find((s) => s.sector === query.sector)
    : matrix.territories.find((x) => x.code === query.inseeCode);
  return row?.counts[query.objective] ?? 0;
}

const serves = (objective: Objective) => (result: DiscoveryResult) => OBJECTIVE_OF_SECTOR[result.sector] === objective;

/**
 * The best discovery candidates for one gap, by the discovery score: for a sector, the sector's
 * candidates; for a territory, its candidates whose sector serves the objective first. Candidates
 * the structure already follows are left out.
 */
export async function gapCandidates(db: Db, actor: Actor, query: GapCandidatesQuery): Promise<GapCandidates> {
  if (query.inseeCode && !territoryByCode(query.inseeCode)) {
    const message = 'Territoire inconnu : code INSEE d’une commune ou d’un arrondissement d’Île-de-France attendu.';
    throw new AppError('validation', message, { errors: [{ path: 'inseeCode', message }] });
  }
  const partners = await partnersInCell(db, actor, query);
  const page = await searchDiscovery(db, actor, {
    structureId: query.structureId,
    sector: query.sector,
    territory: query.inseeCode ? [query.inseeCode] : undefined,
    page: 1,
    pageSize: query.sector ? GAP_CANDIDATES * 2 : TERRITORY_SHORTLIST,
  });
  const open = page.items.filter((item) => item.knownStage === null);
  const ranked = query.inseeCode ? [...open.filter(serves(query.objective)), ...open.filter((r) => !serves(query.objective)(r))] : open;
  return { partners, items: ranked.slice(0, GAP_CANDIDATES), originLabel: page.origin?.label ?? null };
}
