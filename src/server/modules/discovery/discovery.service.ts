import { DEFAULT_LEXICON, DISCOVERY_TOTAL_CAP, type DiscoverySearchQuery } from '../../../contracts/discovery.ts';
import { OBJECTIVES, SECTORS } from '../../../contracts/vocabulary.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { findLive } from '../../db/records.ts';
import { structures } from '../../db/schema/index.ts';
import { wordTerms } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { hasAccess } from '../access/require-access.ts';
import { territoryFromPostcode } from '../territory/geography.ts';
import { type Coverage, findLexicon, networkCoverage, type Origin, searchCandidates } from './discovery.queries.ts';
import { OBJECTIVE_OF_SECTOR, toResult } from './score-explanation.ts';

type Structure = { id: string; postcode: string | null; city: string | null; name: string };

/** A structure the actor may read; any other is reported as missing. */
export async function loadReadableStructure(db: DbOrTx, actor: Actor, id: string): Promise<Structure> {
  const structure = (await findLive(db, structures, id)) as Structure | undefined;
  if (!structure || !hasAccess(actor, 'structure:read', id)) throw notFound('La structure');
  return structure;
}

export async function lexiconWords(db: DbOrTx, structureId: string): Promise<string[]> {
  return (await findLexicon(db, structureId))?.words ?? [...DEFAULT_LEXICON];
}

/** Each lexicon entry as a tsquery (the words of a phrase all required), any entry matching. */
function lexiconTerms(words: string[]): string | null {
  const entries = words.map((w) => (w.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' & ')).filter(Boolean);
  return entries.length ? entries.map((e) => `(${e})`).join(' | ') : null;
}

async function coverageOf(db: DbOrTx, structureId: string): Promise<Coverage> {
  const rows = await networkCoverage(db, structureId);
  const objectives = new Set(rows.flatMap((r) => r.objectives));
  const uncovered = OBJECTIVES.filter((o) => !objectives.has(o));
  return {
    sectors: [...new Set(rows.map((r) => r.sector))],
    inseeCodes: [...new Set(rows.flatMap((r) => (r.insee_code ? [r.insee_code] : [])))],
    sectorsOfUncoveredObjectives: SECTORS.filter((s) => {
      const objective = OBJECTIVE_OF_SECTOR[s];
      return objective !== undefined && uncovered.includes(objective);
    }),
  };
}

/** Distances run from the point asked for, else from the centroid of the structure's commune or arrondissement. */
function originOf(query: DiscoverySearchQuery, structure: Structure): (Origin & { label: string }) | null {
  if (query.near) return { latitude: query.near[0], longitude: query.near[1], label: 'le point choisi' };
  const territory = territoryFromPostcode(structure.postcode, structure.city);
  if (!territory) return null;
  const [longitude, latitude] = territory.centroid;
  return { latitude, longitude, label: `votre lieu (${territory.name})` };
}

/** Candidates ranked by a score the response spells out: theme, proximity, reach of distant publics, gap filling. */
export async function searchDiscovery(db: Db, actor: Actor, query: DiscoverySearchQuery) {
  const structure = await loadReadableStructure(db, actor, query.structureId);
  const lexicon = await lexiconWords(db, structure.id);
  const origin = originOf(query, structure);
  const plan = {
    query,
    qTerms: query.q ? wordTerms(query.q) : null,
    lexiconTerms: lexiconTerms(lexicon),
    origin,
    coverage: await coverageOf(db, structure.id),
  };
  const { rows, counted } = await searchCandidates(db, plan, DISCOVERY_TOTAL_CAP + 1);
  const themeWords = [...(query.q?.match(/[\p{L}\p{N}]+/gu) ?? []), ...lexicon];
  return {
    items: rows.map((row) => toResult(row, themeWords, origin?.label ?? null)),
    total: Math.min(counted, DISCOVERY_TOTAL_CAP),
    totalCapped: counted > DISCOVERY_TOTAL_CAP,
    ranked: rows[0]?.ranked ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    origin: origin && { latitude: origin.latitude, longitude: origin.longitude, label: origin.label },
  };
}
