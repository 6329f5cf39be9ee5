import type { SECTORS } from '../../../contracts/vocabulary.ts';

type Sector = (typeof SECTORS)[number];

/**
 * WALDEC theme families (the first 3 digits of `objet_social1/2`) whose sector is not the
 * associative one: 001 politics, 004 justice, 005 information, 006 culture, 010 heritage,
 * 015 education, 016 research, 022-023 economic activity, 030 local development, 034 tourism.
 */
const RNA_FAMILIES: Record<string, Sector> = {
  '001': 'institutional',
  '004': 'institutional',
  '005': 'media',
  '006': 'cultural',
  '010': 'cultural',
  '015': 'educational',
  '016': 'scientific',
  '022': 'economic',
  '023': 'economic',
  '030': 'economic',
  '034': 'economic',
};

/** The sector of an association by its first theme code; any other association is associative/social. */
export function sectorOfRnaThemes(codes: string[]): Sector {
  const first = codes.find((code) => /^\d{6}$/.test(code) && code !== '000000');
  return (first && RNA_FAMILIES[first.slice(0, 3)]) || 'social';
}

/** NAF rev. 2 prefixes, longest first where they overlap (63.91 press agencies within 63 IT services). */
const NAF_PREFIXES: [string, Sector][] = [
  ['63.91', 'media'],
  ['58', 'media'],
  ['59', 'media'],
  ['60', 'media'],
  ['72', 'scientific'],
  ['85', 'educational'],
  ['84', 'institutional'],
  ['90', 'cultural'],
  ['91', 'cultural'],
  ['87', 'social'],
  ['88', 'social'],
  ['94', 'social'],
];

/** The sector of an establishment by its main activity (NAF code such as 90.01Z); any other activity is economic. */
export function sectorOfNaf(naf: string | null): Sector {
  if (!naf) return 'economic';
  return NAF_PREFIXES.find(([prefix]) => naf.startsWith(prefix))?.[1] ?? 'economic';
}

/** The legal form of a SIRENE legal unit, by the first digits of its `categorieJuridiqueUniteLegale`. */
export function legalFormOfCategory(category: string | null): string | null {
  if (!category) return null;
  if (category.startsWith('92')) return 'Association loi 1901';
  if (category.startsWith('7')) return 'Personne morale de droit public';
  if (category.startsWith('5')) return 'Société commerciale';
  if (category.startsWith('1')) return 'Entrepreneur individuel';
  return null;
}
