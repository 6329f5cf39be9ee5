import { PUBLICS, SECTORS } from '../../../contracts/vocabulary.ts';
import { PUBLIC_LABELS, SECTOR_LABELS } from '../../lib/french-labels.ts';
import { normalise } from './column-mapping.ts';

type Sector = (typeof SECTORS)[number];
type Public = (typeof PUBLICS)[number];

/** Other words people write for a sector, besides its code and the label Maillage exports. */
const SECTOR_WORDS: Record<Sector, string[]> = {
  cultural: ['culture', 'culturelle', 'cultural'],
  scientific: ['science', 'sciences', 'recherche', 'scientific'],
  educational: ['education', 'educative', 'enseignement', 'scolaire', 'educational'],
  economic: ['economie', 'entreprise', 'economic'],
  institutional: ['politique', 'institutionnel', 'institutionnelle', 'institution', 'collectivite', 'institutional', 'political'],
  social: ['associatif', 'association', 'sociale', 'social'],
  media: ['media', 'medias', 'presse', 'media'],
};

const PUBLIC_WORDS: Record<Public, string[]> = {
  youth: ['jeunesse', 'jeune', 'youth'],
  families: ['famille', 'families'],
  seniors: ['senior', 'personnes agees', 'seniors'],
  disabilities: ['handicap', 'personnes handicapees', 'disabilities'],
  newcomers: ['nouveaux habitants', 'primo arrivants', 'newcomers'],
  job_seekers: ['demandeurs d emploi', 'chomeurs', 'job seekers'],
  priority_neighbourhoods: ['qpv', 'quartiers prioritaires', 'priority neighbourhoods'],
  school_groups: ['scolaires', 'groupes scolaires', 'school groups'],
  general: ['tous publics', 'grand public', 'general'],
};

function lookup<K extends string>(codes: readonly K[], labels: Record<K, string>, words: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const code of codes) {
    for (const word of [code, labels[code], ...words[code]]) map.set(normalise(word), code);
  }
  return map;
}

const SECTOR_LOOKUP = lookup(SECTORS, SECTOR_LABELS, SECTOR_WORDS);
const PUBLIC_LOOKUP = lookup(PUBLICS, PUBLIC_LABELS, PUBLIC_WORDS);

export const sectorOf = (text: string): Sector | undefined => SECTOR_LOOKUP.get(normalise(text));
export const publicOf = (text: string): Public | undefined => PUBLIC_LOOKUP.get(normalise(text));

/** A cell holding several values: "a, b; c" or "a | b". */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
