/**
 * Generated data for bench/crm.ts: a directory that looks like Île-de-France's (shared words
 * in names, a few hundred postcodes, valid SIRET keys), produced by a seeded generator so that
 * every run measures the same rows.
 */
import { SECTORS } from '../src/contracts/vocabulary.ts';
import { SECTOR_LABELS } from '../src/server/lib/french-labels.ts';

const KINDS = [
  'Association',
  'Bibliothèque',
  'Théâtre',
  'Collège',
  'Centre social',
  'Maison des jeunes',
  'Compagnie',
  'Musée',
  'Laboratoire',
  'Fablab',
  'Radio',
  'Café associatif',
  'Jardin partagé',
  'Ludothèque',
  'Club',
  'École',
  'Médiathèque',
  'Conservatoire',
];
const THEMES = [
  'du Vélo',
  'des Sciences',
  'Mobilités',
  'Solidaire',
  'des Arts',
  'de la Danse',
  'Numérique',
  'Nature',
  'du Livre',
  'des Familles',
  'Jeunesse',
  'Citoyenne',
  'du Climat',
  'Urbaine',
  'des Métiers',
  'Populaire',
];
const PLACES = [
  'Belleville',
  'Ménilmontant',
  'Saint-Denis',
  'Montreuil',
  'Bobigny',
  'Aubervilliers',
  'Pantin',
  'Ivry',
  'Vitry',
  'Créteil',
  'Nanterre',
  'Argenteuil',
  'Évry',
  'Melun',
  'Versailles',
  'Cergy',
  'la Villette',
  'Bastille',
  'Goutte d’Or',
  'Batignolles',
];
const FIRST = [
  'Camille',
  'Hélène',
  'Karim',
  'Léa',
  'Mamadou',
  'Nathalie',
  'Olivier',
  'Sophie',
  'Thomas',
  'Yasmine',
  'Zoé',
  'Julien',
  'Fatou',
  'Marc',
  'Inès',
  'Louis',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Diallo',
  'Nguyen',
  'Benali',
];
const TAGS = ['jeunesse', 'mobilité', 'culture', 'sciences', 'quartier', 'numérique', 'climat', 'lecture'];
const POSTCODES = [
  ...Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`),
  ...['93200', '93100', '93000', '93300', '93500', '94200', '94400', '94000', '92000', '95100', '95000', '91000', '77000', '78000'],
  ...Array.from({ length: 300 }, (_, i) => String(77100 + i * 61).padStart(5, '0')),
];

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

/** A SIRET whose Luhn key holds: 13 digits from the number, then the check digit. */
export function siretOf(n: number): string {
  const body = String(100_000_000_000 + n).padStart(13, '1');
  for (let check = 0; check < 10; check++) {
    const candidate = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(candidate[13 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export type GeneratedOrganisation = {
  name: string;
  sector: (typeof SECTORS)[number];
  rna: string | null;
  siret: string | null;
  postcode: string;
  city: string;
  website: string | null;
  tags: string[];
};

/** Organisations numbered from `from`; identifiers are unique per number. */
export function organisations(count: number, from: number, seed: number): GeneratedOrganisation[] {
  const pick = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const place = pick(PLACES);
    return {
      name: `${pick(KINDS)} ${pick(THEMES)} ${place} ${n}`,
      sector: pick(SECTORS),
      rna: n % 3 === 0 ? `W${String(n).padStart(9, '0')}` : null,
      siret: n % 2 === 0 ? siretOf(n) : null,
      postcode: pick(POSTCODES),
      city: place,
      website: n % 4 === 0 ? `https://org${n}.example.org` : null,
      tags: [pick(TAGS), pick(TAGS)].filter((t, j, all) => all.indexOf(t) === j),
    };
  });
}

export function contacts(count: number, seed: number) {
  const pick = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    return {
      firstName: first,
      lastName: `${last}${i % 7 === 0 ? '-Dupont' : ''}`,
      email: `${first}.${last}.${i}@example.org`.toLowerCase(),
    };
  });
}

const csvCell = (value: string | null) => (value === null ? '' : /[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The rows as COPY reads them: CSV, Postgres array literals, sector codes. */
export function copyCsv(rows: GeneratedOrganisation[], source: string): string {
  return rows
    .map((o) => [o.name, o.sector, o.rna, o.siret, o.postcode, o.city, o.website, `{${o.tags.join(',')}}`, source].map(csvCell).join(','))
    .join('\n');
}
export const COPY_COLUMNS = 'name, sector, rna, siret, postcode, city, website, tags, source';

/** The same rows as a person would upload them: French headers and labels, semicolons. */
export function userCsv(rows: GeneratedOrganisation[]): string {
  const lines = rows.map((o) =>
    [o.name, SECTOR_LABELS[o.sector], o.rna, o.siret, o.postcode, o.city, o.website, o.tags.join(', ')].map(csvCell).join(';'),
  );
  return ['Nom;Secteur;RNA;SIRET;Code postal;Ville;Site web;Étiquettes', ...lines].join('\r\n');
}

export const contactsCopyCsv = (rows: ReturnType<typeof contacts>) =>
  rows.map((c) => [c.firstName, c.lastName, `{${c.email}}`].map(csvCell).join(',')).join('\n');

export const SEARCHES = [
  'mobilite',
  'bibliotheque belleville',
  'velo solidaire',
  'belevile',
  'theatre danse',
  'martin',
  'yasmine diallo',
  'fablab numerique',
  'musee',
  'jardn partage',
];
