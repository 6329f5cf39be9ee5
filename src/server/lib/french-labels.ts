import type { LANGUAGES, LEGAL_BASES } from '../../contracts/contacts.ts';
import type { ENGAGEMENTS, OBJECTIVES, PUBLICS, SECTORS, STAGES } from '../../contracts/vocabulary.ts';

/**
 * French labels of the closed vocabularies, for the files the server writes (exports) and
 * reads back (imports): the web has its own catalogues, but a file must not depend on them.
 */
export const SECTOR_LABELS: Record<(typeof SECTORS)[number], string> = {
  cultural: 'Culturel',
  scientific: 'Scientifique',
  educational: 'Éducatif',
  economic: 'Économique',
  institutional: 'Politique et institutionnel',
  social: 'Associatif et social',
  media: 'Médias',
};

export const PUBLIC_LABELS: Record<(typeof PUBLICS)[number], string> = {
  youth: 'Jeunes',
  families: 'Familles',
  seniors: 'Seniors',
  disabilities: 'Personnes en situation de handicap',
  newcomers: 'Nouveaux arrivants',
  job_seekers: 'Demandeurs d’emploi',
  priority_neighbourhoods: 'Habitants des quartiers prioritaires',
  school_groups: 'Groupes scolaires',
  general: 'Tout public',
};

export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  identified: 'Identifié',
  contacted: 'Contacté',
  in_discussion: 'En discussion',
  committed: 'Engagé',
  active: 'Actif',
  durable: 'Durable',
  declined: 'Décliné',
  dormant: 'En sommeil',
};

export const ENGAGEMENT_LABELS: Record<(typeof ENGAGEMENTS)[number], string> = {
  relay: 'Relais d’information',
  bring_public: 'Mobilisation d’un public',
  co_organise: 'Co-organisation d’un événement',
  host: 'Accueil',
  expertise: 'Expertise',
  funding: 'Financement',
  action_plan: 'Signature du plan d’action local',
};

export const OBJECTIVE_LABELS: Record<(typeof OBJECTIVES)[number], string> = {
  cultural_openness: 'Ouverture culturelle',
  political_openness: 'Ouverture politique',
  scientific_openness: 'Ouverture scientifique',
  distant_publics: 'Lien avec les publics éloignés',
};

export const LANGUAGE_LABELS: Record<(typeof LANGUAGES)[number], string> = { fr: 'Français', en: 'Anglais' };

export const LEGAL_BASIS_LABELS: Record<(typeof LEGAL_BASES)[number], string> = {
  consent: 'Consentement',
  legitimate_interest: 'Intérêt légitime',
  contract: 'Contrat',
  public_task: 'Mission d’intérêt public',
};

/** Column headers of organisation exports, which the import recognises in return. */
export const ORGANISATION_FIELD_LABELS = {
  id: 'Identifiant Maillage',
  name: 'Nom',
  sector: 'Secteur',
  legalForm: 'Forme juridique',
  rna: 'RNA',
  siret: 'SIRET',
  uai: 'UAI',
  address: 'Adresse',
  postcode: 'Code postal',
  city: 'Ville',
  inseeCode: 'Code INSEE',
  latitude: 'Latitude',
  longitude: 'Longitude',
  website: 'Site web',
  description: 'Description',
  publics: 'Publics',
  tags: 'Étiquettes',
} as const;
