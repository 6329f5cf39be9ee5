import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { EntryInput } from '../src/server/modules/opendata/directory-entry.ts';
import { type WaldecRow, waldecCsv } from '../src/server/modules/opendata/opendata-fixtures.ts';

/** A small deterministic generator (mulberry32), so that two runs read the same file. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES = ['Atelier', 'Club', 'Collectif', 'Compagnie', 'Amicale', 'Maison', 'Réseau', 'Association', 'Cercle', 'Ensemble'];
const THEMES = [
  'vélo',
  'marche',
  'musique',
  'théâtre',
  'danse',
  'sciences',
  'lecture',
  'jardin',
  'exil',
  'migration',
  'handicap',
  'urbanisme',
  'voyage',
  'transport',
  'sport',
  'cuisine',
  'photographie',
  'cinéma',
  'numérique',
  'patrimoine',
];
const PLACES = [
  'Belleville',
  'Ménilmontant',
  'Charonne',
  'Montreuil',
  'Bastille',
  'Gambetta',
  'Pantin',
  'Saint-Denis',
  'Vincennes',
  'Nation',
];
/** Paris arrondissements and a few communes of the inner suburbs, with their INSEE codes. */
const TERRITORIES: [string, string][] = [
  ...Array.from(
    { length: 20 },
    (_, i) => [`750${String(i + 1).padStart(2, '0')}`, `751${String(i + 1).padStart(2, '0')}`] as [string, string],
  ),
  ['93100', '93048'],
  ['93200', '93066'],
  ['94300', '94080'],
  ['92100', '92012'],
];
export const SEARCH_WORDS = THEMES;
export const SEARCH_TERRITORIES = TERRITORIES.map(([, insee]) => insee);

const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)]!;

/** One waldec row; one in ten has a two-line `objet`, one in twenty is dissolved. */
function row(index: number, next: () => number): WaldecRow {
  const theme = pick(next, THEMES);
  const other = pick(next, THEMES);
  const [postcode, insee] = pick(next, TERRITORIES);
  const objet = `${pick(next, ['Promouvoir', 'Développer', 'Faire découvrir', 'Partager'])} ${theme} et ${other} à ${pick(next, PLACES)}`;
  return {
    id: `W9${String(index).padStart(8, '0')}`,
    titre: `${pick(next, ACTIVITIES)} ${theme} ${pick(next, PLACES)} ${index}`,
    objet: index % 10 === 0 ? `${objet} ;\nateliers "ouverts" à toutes et tous` : objet,
    postcode,
    insee,
    position: index % 20 === 0 ? 'D' : 'A',
  };
}

/** Writes a waldec file of `rows` rows (UTF-8 with BOM, every field quoted), chunk by chunk: never whole in memory. */
export async function writeWaldecFile(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  const next = random(2027);
  out.write('\uFEFF');
  const CHUNK = 10_000;
  for (let start = 0; start < rows; start += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, rows - start) }, (_, i) => row(start + i, next));
    const text = waldecCsv(batch);
    if (!out.write(start === 0 ? text : text.slice(text.indexOf('\n') + 1))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

/** The columns an import writes, in COPY order. */
export const COPY_COLUMNS = [
  'source',
  'source_id',
  'name',
  'sector',
  'legal_form',
  'rna',
  'siret',
  'theme_codes',
  'address',
  'postcode',
  'city',
  'insee_code',
  'latitude',
  'longitude',
  'qpv_code',
  'qpv_distance_meters',
  'geo_precision',
  'website',
  'description',
  'source_date',
] as const;
const FIELDS: (keyof EntryInput)[] = [
  'source',
  'sourceId',
  'name',
  'sector',
  'legalForm',
  'rna',
  'siret',
  'themeCodes',
  'address',
  'postcode',
  'city',
  'inseeCode',
  'latitude',
  'longitude',
  'qpvCode',
  'qpvDistanceMeters',
  'geoPrecision',
  'website',
  'description',
  'sourceDate',
];

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `"{${value.map((v) => `""${String(v).replace(/"/g, '')}""`).join(',')}}"`;
  return `"${String(value).replace(/"/g, '""')}"`;
};

/** Parsed entries as COPY csv, the fields an import would write. */
export function entriesCopyCsv(entries: EntryInput[]): string {
  return `${entries.map((entry) => FIELDS.map((field) => cell(entry[field])).join(',')).join('\n')}\n`;
}
