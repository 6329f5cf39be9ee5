import type { DiscoveryResult } from '../../../contracts/discovery.ts';
import type { OBJECTIVES, SECTORS } from '../../../contracts/vocabulary.ts';
import { OBJECTIVE_LABELS, SECTOR_LABELS } from '../../lib/french-labels.ts';
import type { CandidateRow } from './discovery.queries.ts';

type Sector = (typeof SECTORS)[number];
/** The objective an actor of each sector serves first; economic actors serve none of the four. */
export const OBJECTIVE_OF_SECTOR: Partial<Record<Sector, (typeof OBJECTIVES)[number]>> = {
  cultural: 'cultural_openness',
  media: 'cultural_openness',
  scientific: 'scientific_openness',
  educational: 'scientific_openness',
  institutional: 'political_openness',
  social: 'distant_publics',
};

export const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Theme words found in the name or description (a word or its plural). */
export function matchedWords(row: Pick<CandidateRow, 'name' | 'description'>, words: string[]): string[] {
  const text = folded(`${row.name} ${row.description ?? ''}`);
  const seen = new Set<string>();
  // A word typed that the lexicon also holds is named once.
  return words.filter((word) => {
    const w = folded(word);
    if (seen.has(w)) return false;
    seen.add(w);
    return text.includes(w.length > 5 ? w.slice(0, -1) : w);
  });
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
const km = (value: number) => `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;

/** One French sentence saying what each component brought, in the order of their weights. */
export function explain(row: CandidateRow, words: string[], originLabel: string | null): string {
  const themePart = words.length
    ? `thème : ${words.map((w) => `« ${w} »`).join(', ')} (pertinence ${percent(row.theme)})`
    : 'aucun mot du thème';
  const placePart =
    row.distance_km === null || row.latitude === null
      ? originLabel
        ? 'position inconnue'
        : 'pas de lieu de référence pour la distance'
      : `à ${km(row.distance_km)} de ${originLabel}`;
  const reachPart = row.qpv_code
    ? `dans un quartier prioritaire (${row.qpv_code})`
    : row.reach >= 0.6
      ? 'près d’un quartier prioritaire ou tourné vers des publics éloignés'
      : row.reach > 0
        ? 'à moins d’un kilomètre d’un quartier prioritaire'
        : 'ni quartier prioritaire ni public éloigné connu';
  const gaps = [
    row.sector_gap ? `secteur ${SECTOR_LABELS[row.sector as Sector].toLowerCase()}` : null,
    row.territory_gap ? `territoire ${row.insee_code}` : null,
    row.objective_gap ? OBJECTIVE_LABELS[OBJECTIVE_OF_SECTOR[row.sector as Sector]!].toLowerCase() : null,
  ].filter(Boolean);
  const gapPart = gaps.length ? `comble un manque du réseau : ${gaps.join(', ')}` : 'n’ajoute rien que le réseau n’ait déjà';
  return `Score ${row.score}/100 — ${themePart} ; ${placePart} ; ${reachPart} ; ${gapPart}.`;
}

export function toResult(row: CandidateRow, themeWords: string[], originLabel: string | null): DiscoveryResult {
  const words = matchedWords(row, themeWords);
  const round = (n: number) => Math.round(Number(n) * 1000) / 1000;
  return {
    kind: row.kind,
    id: row.id,
    name: row.name,
    sector: row.sector as Sector,
    city: row.city,
    postcode: row.postcode,
    inseeCode: row.insee_code,
    latitude: row.latitude,
    longitude: row.longitude,
    qpvCode: row.qpv_code,
    description: row.description,
    source: row.source,
    organisationId: row.organisation_id,
    knownStage: row.known_stage as DiscoveryResult['knownStage'],
    score: row.score,
    components: {
      theme: round(row.theme),
      proximity: round(row.proximity),
      reach: round(row.reach),
      gap: round((Number(row.sector_gap) + Number(row.territory_gap) + Number(row.objective_gap)) / 3),
    },
    distanceKm: row.distance_km === null ? null : Math.round(row.distance_km * 10) / 10,
    matchedWords: words,
    gaps: [row.sector_gap && 'sector', row.territory_gap && 'territory', row.objective_gap && 'objective'].filter(
      Boolean,
    ) as DiscoveryResult['gaps'],
    explanation: explain(row, words, originLabel),
  };
}
