import { type ImportField, type ImportMapping, ORGANISATION_IMPORT_FIELDS } from '../../../contracts/imports.ts';
import { AppError } from '../../http/errors.ts';
import { ORGANISATION_FIELD_LABELS } from '../../lib/french-labels.ts';

/** Words a header may use for each field, accent-free and lower case, in French and English. */
const SYNONYMS: Record<ImportField, string[]> = {
  id: ['identifiant', 'identifiant maillage', 'id maillage', 'id', 'uuid'],
  name: ['nom', 'name', 'raison sociale', 'denomination', 'nom de l organisation', 'organisation', 'structure', 'libelle', 'nom usuel'],
  sector: ['secteur', 'sector', 'secteur d activite', 'categorie', 'category', 'type'],
  legalForm: ['forme juridique', 'legal form', 'statut juridique', 'statut', 'nature juridique'],
  rna: ['rna', 'numero rna', 'n rna', 'no rna', 'id rna', 'identifiant rna', 'code rna'],
  siret: ['siret', 'numero siret', 'n siret', 'no siret', 'code siret'],
  uai: ['uai', 'code uai', 'numero uai', 'rne', 'identifiant de l etablissement'],
  address: ['adresse', 'address', 'adresse postale', 'voie', 'rue', 'street'],
  postcode: ['code postal', 'cp', 'postcode', 'postal code', 'zip', 'zip code', 'code postal de l etablissement'],
  city: ['ville', 'commune', 'city', 'town', 'localite', 'nom de la commune'],
  inseeCode: ['code insee', 'insee', 'code commune', 'code insee commune', 'insee code'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  website: ['site web', 'site', 'site internet', 'website', 'url', 'web', 'adresse web'],
  description: ['description', 'presentation', 'objet', 'objet social', 'activites', 'notes'],
  publics: ['publics', 'public', 'publics touches', 'audiences', 'public cible', 'publics cibles'],
  tags: ['etiquettes', 'etiquette', 'tags', 'tag', 'mots cles', 'mot cle', 'keywords', 'themes', 'thematiques'],
};

/** Accent-free, lower case, words separated by single spaces ("N° SIRET" -> "n siret"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_WORDS = new Map<string, ImportField>(
  ORGANISATION_IMPORT_FIELDS.flatMap((field) =>
    [ORGANISATION_FIELD_LABELS[field], ...SYNONYMS[field]].map((words) => [normalise(words), field] as const),
  ),
);

/** Each field goes to the first header that names it; headers nobody recognises stay unmapped. */
export function suggestMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, column) => {
    const field = FIELD_BY_WORDS.get(normalise(header));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** The mapping must name the organisation and point at columns the file has. */
export function requireUsableMapping(mapping: ImportMapping, headers: string[]): void {
  const errors = Object.entries(mapping)
    .filter(([, column]) => column !== undefined && column >= headers.length)
    .map(([field, column]) => ({
      path: `body.mapping.${field}`,
      message: `Le fichier n’a que ${headers.length} colonne${headers.length > 1 ? 's' : ''} : la colonne ${Number(column) + 1} n’existe pas`,
    }));
  if (mapping.name === undefined) errors.push({ path: 'body.mapping.name', message: 'Choisissez la colonne qui porte le nom' });
  if (errors.length > 0) throw new AppError('validation', `Correspondance des colonnes incomplète : ${errors[0]!.message}.`, { errors });
}
