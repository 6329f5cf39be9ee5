import {
  type ContactImportField,
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELD,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type OrganisationImportField,
} from '../../../contracts/imports.ts';
import { AppError } from '../../http/errors.ts';
import { ORGANISATION_FIELD_LABELS } from '../../lib/french-labels.ts';

export const CONTACT_FIELD_LABELS: Record<ContactImportField, string> = {
  id: 'Identifiant Maillage',
  firstName: 'Prénom',
  lastName: 'Nom',
  emails: 'E-mails',
  phones: 'Téléphones',
  language: 'Langue',
  notes: 'Notes',
  legalBasis: 'Base légale',
  consentOn: 'Date du consentement',
  optOutEmail: 'Refus des e-mails',
  optOutPhone: 'Refus du téléphone',
  optOutPost: 'Refus du courrier',
  organisationName: 'Organisation',
  organisationSiret: 'SIRET de l’organisation',
  organisationRna: 'RNA de l’organisation',
  organisationUai: 'UAI de l’organisation',
  role: 'Fonction',
};

/** A field's French name, as the rejection reasons and the mapping errors say it. */
export const fieldLabel = (kind: ImportKind, field: string): string =>
  (kind === 'contacts' ? CONTACT_FIELD_LABELS : ORGANISATION_FIELD_LABELS)[field as never] ?? field;

const CONTACT_SYNONYMS: Record<ContactImportField, string[]> = {
  id: ['identifiant', 'identifiant maillage', 'id maillage', 'id', 'uuid'],
  firstName: ['prenom', 'first name', 'firstname', 'given name'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'name'],
  emails: ['email', 'e mail', 'mail', 'courriel', 'adresse e mail', 'adresse email', 'emails', 'e mails', 'adresse electronique'],
  phones: ['telephone', 'tel', 'phone', 'portable', 'mobile', 'telephones', 'phones', 'numero de telephone'],
  language: ['langue', 'language', 'langue preferee'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'remarques'],
  legalBasis: ['base legale', 'legal basis', 'fondement', 'base juridique'],
  consentOn: ['date du consentement', 'consentement le', 'date consentement', 'consent date', 'consentement'],
  optOutEmail: ['refus des e mails', 'refus e mail', 'refus email', 'opt out email', 'desinscrit', 'desabonne'],
  optOutPhone: ['refus du telephone', 'refus telephone', 'opt out phone'],
  optOutPost: ['refus du courrier', 'refus courrier', 'opt out post'],
  organisationName: ['organisation', 'structure', 'employeur', 'organization', 'company', 'entreprise', 'association', 'etablissement'],
  organisationSiret: ['siret', 'siret de l organisation', 'numero siret', 'n siret'],
  organisationRna: ['rna', 'rna de l organisation', 'numero rna', 'n rna'],
  organisationUai: ['uai', 'uai de l organisation', 'code uai', 'rne'],
  role: ['fonction', 'role', 'poste', 'titre', 'job title', 'position'],
};

/** Words a header may use for each field, accent-free and lower case, in French and English. */
const ORGANISATION_SYNONYMS: Record<OrganisationImportField, string[]> = {
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

function wordsOf<F extends ImportField>(fields: readonly F[], synonyms: Record<F, string[]>, labels: Record<F, string>) {
  return new Map<string, ImportField>(
    fields.flatMap((field) => [labels[field], ...synonyms[field]].map((w) => [normalise(w), field] as const)),
  );
}
const FIELD_BY_WORDS: Record<ImportKind, Map<string, ImportField>> = {
  organisations: wordsOf(IMPORT_FIELDS.organisations, ORGANISATION_SYNONYMS, ORGANISATION_FIELD_LABELS),
  contacts: wordsOf(IMPORT_FIELDS.contacts, CONTACT_SYNONYMS, CONTACT_FIELD_LABELS),
};

/** Each field goes to the first header that names it; headers nobody recognises stay unmapped. */
export function suggestMapping(kind: ImportKind, headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, column) => {
    const field = FIELD_BY_WORDS[kind].get(normalise(header));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** The mapping must fill fields of the kind imported, name the record, and point at columns the file has. */
export function requireUsableMapping(kind: ImportKind, mapping: ImportMapping, headers: string[]): void {
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  const errors = Object.entries(mapping).flatMap(([field, column]) => {
    if (!fields.includes(field)) {
      const what = kind === 'contacts' ? 'de contacts' : 'd’organisations';
      return [{ path: `body.mapping.${field}`, message: `Le champ ${field} ne s’applique pas à un import ${what}` }];
    }
    if (column === undefined || column < headers.length) return [];
    const message = `Le fichier n’a que ${headers.length} colonne${headers.length > 1 ? 's' : ''} : la colonne ${Number(column) + 1} n’existe pas`;
    return [{ path: `body.mapping.${field}`, message }];
  });
  const required = IMPORT_REQUIRED_FIELD[kind];
  if (mapping[required] === undefined) errors.push({ path: `body.mapping.${required}`, message: 'Choisissez la colonne qui porte le nom' });
  if (errors.length > 0) throw new AppError('validation', `Correspondance des colonnes incomplète : ${errors[0]!.message}.`, { errors });
}
