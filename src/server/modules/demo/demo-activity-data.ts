/** The fictional day-to-day life of Science Ouverte Paris; every date counts from the day the demo is loaded. */
import type { Indicator } from '../../../contracts/action-plans.ts';
import type { Journey } from '../../../contracts/contributions.ts';

/**
 * When each Paris partnership was first identified, when it last moved stage (the path in between
 * is spread evenly), and what comes next.
 */
export const DEMO_PIPELINE_HISTORY: Record<
  string,
  { startDaysAgo: number; lastMoveDaysAgo: number; nextStep?: string; nextStepInDays?: number }
> = {
  'Espace des sciences du Quartier latin': {
    startDaysAgo: 720,
    lastMoveDaysAgo: 120,
    nextStep: 'Visite technique avant installation',
    nextStepInDays: 20,
  },
  'Vélo Solidaire Belleville': { startDaysAgo: 120, lastMoveDaysAgo: 21, nextStep: 'Valider le parcours de la balade', nextStepInDays: 5 },
  'Centre social Les Envierges': {
    startDaysAgo: 420,
    lastMoveDaysAgo: 45,
    nextStep: 'Troisième séance du groupe citoyen',
    nextStepInDays: 16,
  },
  'Exil et Récits': { startDaysAgo: 160, lastMoveDaysAgo: 110, nextStep: 'Proposer une date pour l’atelier', nextStepInDays: -3 },
  'Les Marcheurs de la Goutte d’Or': { startDaysAgo: 270, lastMoveDaysAgo: 250 },
  'Accès Cité – mobilité et handicap': { startDaysAgo: 150, lastMoveDaysAgo: 55, nextStep: 'Café des sciences', nextStepInDays: 52 },
  'Radio Ménilmontant': { startDaysAgo: 30, lastMoveDaysAgo: 30, nextStep: 'Premier appel à la rédaction', nextStepInDays: 7 },
  'Mairie du 20e arrondissement': { startDaysAgo: 90, lastMoveDaysAgo: 35, nextStep: 'Signature du plan d’action', nextStepInDays: 45 },
  'Laboratoire Mobilités et Territoires (université partenaire)': { startDaysAgo: 500, lastMoveDaysAgo: 75 },
  'Coopérative Roue Libre': { startDaysAgo: 200, lastMoveDaysAgo: 160 },
  "Musée national de l'histoire et des cultures de l'immigration": {
    startDaysAgo: 60,
    lastMoveDaysAgo: 40,
    nextStep: 'Envoyer le dossier de l’exposition',
    nextStepInDays: 10,
  },
  'Collège Robert Doisneau': { startDaysAgo: 380, lastMoveDaysAgo: 50 },
};

type Job = { organisation: string; role: string; startDaysAgo?: number; endDaysAgo?: number };

export const DEMO_CONTACTS: {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  notes?: string;
  jobs: Job[];
}[] = [
  {
    firstName: 'Sophie',
    lastName: 'Marchand',
    email: 'sophie.marchand@exemple.org',
    phone: '01 43 00 00 01',
    jobs: [{ organisation: 'Espace des sciences du Quartier latin', role: 'Responsable des publics' }],
  },
  {
    firstName: 'Karim',
    lastName: 'Haddad',
    email: 'karim.haddad@exemple.org',
    phone: '06 12 00 00 02',
    notes: 'Anime les ateliers de réparation le samedi ; préfère être appelé le matin.',
    jobs: [{ organisation: 'Vélo Solidaire Belleville', role: 'Coordinateur' }],
  },
  {
    firstName: 'Aminata',
    lastName: 'Diallo',
    email: 'aminata.diallo@exemple.org',
    jobs: [{ organisation: 'Centre social Les Envierges', role: 'Référente familles' }],
  },
  {
    firstName: 'Lucas',
    lastName: 'Fontaine',
    email: 'lucas.fontaine@exemple.org',
    notes: 'A quitté le centre social pour la mairie du 20e : garde le lien avec le groupe citoyen.',
    jobs: [
      { organisation: 'Centre social Les Envierges', role: 'Animateur jeunesse', startDaysAgo: 1200, endDaysAgo: 150 },
      { organisation: 'Mairie du 20e arrondissement', role: 'Chargé de mission démocratie locale', startDaysAgo: 149 },
    ],
  },
  {
    firstName: 'Nour',
    lastName: 'Benkirane',
    email: 'nour.benkirane@exemple.org',
    jobs: [{ organisation: 'Exil et Récits', role: 'Présidente' }],
  },
  {
    firstName: 'Julien',
    lastName: 'Petit',
    email: 'julien.petit@exemple.org',
    jobs: [{ organisation: 'Accès Cité – mobilité et handicap', role: 'Chargé de projets accessibilité' }],
  },
  {
    firstName: 'Élise',
    lastName: 'Roux',
    email: 'elise.roux@exemple.org',
    jobs: [{ organisation: 'Laboratoire Mobilités et Territoires (université partenaire)', role: 'Maîtresse de conférences' }],
  },
  {
    firstName: 'Moussa',
    lastName: 'Traoré',
    email: 'moussa.traore@exemple.org',
    jobs: [{ organisation: 'Les Marcheurs de la Goutte d’Or', role: 'Bénévole' }],
  },
  {
    firstName: 'Claire',
    lastName: 'Nguyen',
    email: 'claire.nguyen@exemple.org',
    jobs: [{ organisation: 'Collège Robert Doisneau', role: 'Professeure de physique-chimie' }],
  },
];

export const DEMO_INTERACTIONS: {
  organisation: string;
  kind: 'call' | 'email' | 'meeting' | 'note';
  daysAgo: number;
  summary: string;
  author: string;
  contact?: string;
}[] = [
  {
    organisation: 'Espace des sciences du Quartier latin',
    kind: 'meeting',
    daysAgo: 330,
    summary: 'Première visite des salles d’exposition.',
    author: 'Camille Laurent',
    contact: 'Sophie Marchand',
  },
  {
    organisation: 'Espace des sciences du Quartier latin',
    kind: 'email',
    daysAgo: 120,
    summary: 'Convention d’accueil envoyée pour relecture.',
    author: 'Camille Laurent',
    contact: 'Sophie Marchand',
  },
  {
    organisation: 'Espace des sciences du Quartier latin',
    kind: 'meeting',
    daysAgo: 9,
    summary: 'Plan d’implantation des trois modules validé.',
    author: 'Camille Laurent',
    contact: 'Sophie Marchand',
  },
  {
    organisation: 'Vélo Solidaire Belleville',
    kind: 'call',
    daysAgo: 95,
    summary: 'Idée d’une balade urbaine à vélo avec les habitants.',
    author: 'Yanis Benali',
    contact: 'Karim Haddad',
  },
  {
    organisation: 'Vélo Solidaire Belleville',
    kind: 'meeting',
    daysAgo: 21,
    summary: 'Parcours de la balade repéré ; prêt de 15 vélos confirmé.',
    author: 'Yanis Benali',
    contact: 'Karim Haddad',
  },
  {
    organisation: 'Centre social Les Envierges',
    kind: 'meeting',
    daysAgo: 200,
    summary: 'Présentation du programme à l’équipe du centre.',
    author: 'Yanis Benali',
    contact: 'Lucas Fontaine',
  },
  {
    organisation: 'Centre social Les Envierges',
    kind: 'meeting',
    daysAgo: 45,
    summary: 'Lancement du groupe citoyen avec douze habitants.',
    author: 'Yanis Benali',
    contact: 'Aminata Diallo',
  },
  {
    organisation: 'Centre social Les Envierges',
    kind: 'note',
    daysAgo: 12,
    summary: 'Deuxième séance : la rue partagée ; très bonne participation.',
    author: 'Yanis Benali',
  },
  {
    organisation: 'Exil et Récits',
    kind: 'email',
    daysAgo: 140,
    summary: 'Proposition d’un atelier d’écriture autour des trajets d’exil.',
    author: 'Camille Laurent',
    contact: 'Nour Benkirane',
  },
  {
    organisation: 'Exil et Récits',
    kind: 'call',
    daysAgo: 110,
    summary: 'Intérêt confirmé ; attend le calendrier de l’exposition.',
    author: 'Camille Laurent',
    contact: 'Nour Benkirane',
  },
  {
    organisation: 'Les Marcheurs de la Goutte d’Or',
    kind: 'email',
    daysAgo: 250,
    summary: 'Premier contact par le relais du conseil de quartier.',
    author: 'Yanis Benali',
    contact: 'Moussa Traoré',
  },
  {
    organisation: 'Accès Cité – mobilité et handicap',
    kind: 'meeting',
    daysAgo: 60,
    summary: 'Audit d’accessibilité du parcours de l’exposition proposé.',
    author: 'Camille Laurent',
    contact: 'Julien Petit',
  },
  {
    organisation: 'Accès Cité – mobilité et handicap',
    kind: 'call',
    daysAgo: 7,
    summary: 'Date du café des sciences calée.',
    author: 'Camille Laurent',
    contact: 'Julien Petit',
  },
  {
    organisation: 'Mairie du 20e arrondissement',
    kind: 'meeting',
    daysAgo: 35,
    summary: 'Rencontre avec le cabinet : intérêt pour le plan d’action local.',
    author: 'Camille Laurent',
    contact: 'Lucas Fontaine',
  },
  {
    organisation: 'Laboratoire Mobilités et Territoires (université partenaire)',
    kind: 'meeting',
    daysAgo: 75,
    summary: 'Relecture scientifique des textes du module « La planète ».',
    author: 'Camille Laurent',
    contact: 'Élise Roux',
  },
  {
    organisation: 'Laboratoire Mobilités et Territoires (université partenaire)',
    kind: 'email',
    daysAgo: 18,
    summary: 'Deux chercheuses disponibles pour le café des sciences.',
    author: 'Camille Laurent',
    contact: 'Élise Roux',
  },
  {
    organisation: 'Coopérative Roue Libre',
    kind: 'call',
    daysAgo: 160,
    summary: 'Pas de disponibilité cette saison ; à recontacter l’an prochain.',
    author: 'Yanis Benali',
  },
  {
    organisation: 'Collège Robert Doisneau',
    kind: 'meeting',
    daysAgo: 50,
    summary: 'Deux classes de 4e inscrites pour une visite en janvier.',
    author: 'Yanis Benali',
    contact: 'Claire Nguyen',
  },
  {
    organisation: 'Collège Robert Doisneau',
    kind: 'email',
    daysAgo: 4,
    summary: 'Fiche pédagogique envoyée aux enseignants.',
    author: 'Yanis Benali',
    contact: 'Claire Nguyen',
  },
];

/** Stands for the account that opened the demo (the coordination's first member) in DEMO_TASKS. */
export const COORDINATOR = 'coordination';

export const DEMO_TASKS: { title: string; dueInDays: number; owner: string; organisation?: string; done?: boolean }[] = [
  { title: 'Relire le plan d’action local de Paris avant sa signature', dueInDays: 0, owner: COORDINATOR },
  { title: 'Valider le bilan pour les financeurs', dueInDays: 3, owner: COORDINATOR },
  {
    title: 'Relancer l’association Exil et Récits sur la date de l’atelier',
    dueInDays: -3,
    owner: 'Camille Laurent',
    organisation: 'Exil et Récits',
  },
  {
    title: 'Envoyer la convention signée à l’Espace des sciences',
    dueInDays: 0,
    owner: 'Camille Laurent',
    organisation: 'Espace des sciences du Quartier latin',
  },
  { title: 'Confirmer le prêt des vélos pour la balade', dueInDays: 2, owner: 'Yanis Benali', organisation: 'Vélo Solidaire Belleville' },
  {
    title: 'Préparer la troisième séance du groupe citoyen',
    dueInDays: 10,
    owner: 'Yanis Benali',
    organisation: 'Centre social Les Envierges',
  },
  {
    title: 'Reprendre contact avec les Marcheurs de la Goutte d’Or',
    dueInDays: -20,
    owner: 'Yanis Benali',
    organisation: 'Les Marcheurs de la Goutte d’Or',
  },
  {
    title: 'Réserver la salle du café des sciences',
    dueInDays: -8,
    owner: 'Camille Laurent',
    organisation: 'Accès Cité – mobilité et handicap',
    done: true,
  },
];

const BELLEVILLE_TO_LATIN_QUARTER: Journey = {
  type: 'LineString',
  coordinates: [
    [2.3889, 48.8708],
    [2.3795, 48.8672],
    [2.3644, 48.8584],
    [2.3522, 48.8462],
  ],
};

export const DEMO_CONTRIBUTIONS: {
  kind: 'testimony' | 'question' | 'proposal';
  text: string;
  authorName: string;
  ageBracket: 'under_15' | '15_17' | '18_29' | '30_59' | '60_plus';
  status: 'pending' | 'approved' | 'rejected';
  rejectionReason?: string;
  module?: number;
  selected?: boolean;
  journey?: Journey;
}[] = [
  {
    kind: 'testimony',
    text: 'Je traverse tout Paris en bus chaque matin pour travailler : une heure dix, mais c’est mon moment de lecture.',
    authorName: 'Fatou',
    ageBracket: '30_59',
    status: 'approved',
    module: 1,
    selected: true,
    journey: BELLEVILLE_TO_LATIN_QUARTER,
  },
  {
    kind: 'question',
    text: 'Pourquoi les trottoirs de ma rue sont trop étroits pour une poussette et un fauteuil en même temps ?',
    authorName: 'Jeanne',
    ageBracket: '60_plus',
    status: 'approved',
    module: 2,
    selected: true,
  },
  {
    kind: 'proposal',
    text: 'Une carte des raccourcis à pied du quartier, dessinée par les enfants de l’école.',
    authorName: 'Inès',
    ageBracket: '15_17',
    status: 'approved',
    module: 2,
  },
  {
    kind: 'testimony',
    text: 'Mon grand-père est arrivé à Paris en train en 1962 ; il parle encore de la gare de Lyon.',
    authorName: 'Samir',
    ageBracket: '18_29',
    status: 'pending',
  },
  {
    kind: 'proposal',
    text: 'Venez tous à la soirée de mon restaurant, réduction de 20 % !',
    authorName: 'Anonyme',
    ageBracket: '30_59',
    status: 'rejected',
    rejectionReason: 'Message publicitaire sans rapport avec les mobilités.',
  },
];

export const DEMO_PLAN: {
  title: string;
  summary: string;
  actions: {
    title: string;
    description: string;
    theme: string;
    owner: string;
    startInDays: number;
    deadlineInDays: number;
    status: 'planned' | 'in_progress' | 'done' | 'dropped';
    indicators: Indicator[];
    commitments: {
      organisation: string;
      type: 'host' | 'co_organise' | 'bring_public' | 'expertise' | 'action_plan';
      signatory?: string;
      signedDaysAgo: number;
    }[];
  }[];
} = {
  title: 'Plan d’action local — Paris',
  summary: 'Faire des mobilités un sujet de débat citoyen dans le 20e et le 5e, avec les publics éloignés de la culture scientifique.',
  actions: [
    {
      title: 'Accueillir l’exposition à l’Espace des sciences',
      description: 'Installation, médiation et visites de groupes pendant les sept semaines de l’étape parisienne.',
      theme: 'Accueil',
      owner: 'Camille Laurent',
      startInDays: -60,
      deadlineInDays: 90,
      status: 'in_progress',
      indicators: [{ label: 'Visiteurs', unit: 'personnes', target: 4000, actual: 0 }],
      commitments: [
        { organisation: 'Espace des sciences du Quartier latin', type: 'host', signatory: 'Sophie Marchand', signedDaysAgo: 100 },
      ],
    },
    {
      title: 'Balades urbaines avec les habitants de Belleville',
      description: 'Trois balades à pied et à vélo, co-construites avec le groupe citoyen.',
      theme: 'Quartiers prioritaires',
      owner: 'Yanis Benali',
      startInDays: -30,
      deadlineInDays: 60,
      status: 'in_progress',
      indicators: [
        { label: 'Balades tenues', unit: 'balades', target: 3, actual: 0 },
        { label: 'Habitants de QPV participants', unit: 'personnes', target: 60, actual: 11 },
      ],
      commitments: [
        { organisation: 'Vélo Solidaire Belleville', type: 'co_organise', signatory: 'Karim Haddad', signedDaysAgo: 20 },
        { organisation: 'Centre social Les Envierges', type: 'bring_public', signatory: 'Aminata Diallo', signedDaysAgo: 40 },
      ],
    },
    {
      title: 'Café des sciences sur la ville accessible',
      description: 'Chercheuses et associations de personnes handicapées en dialogue avec le public.',
      theme: 'Accessibilité',
      owner: 'Camille Laurent',
      startInDays: -45,
      deadlineInDays: -5,
      status: 'planned',
      indicators: [{ label: 'Participants', unit: 'personnes', target: 40, actual: 0 }],
      commitments: [
        { organisation: 'Accès Cité – mobilité et handicap', type: 'co_organise', signatory: 'Julien Petit', signedDaysAgo: 55 },
        {
          organisation: 'Laboratoire Mobilités et Territoires (université partenaire)',
          type: 'expertise',
          signatory: 'Élise Roux',
          signedDaysAgo: 15,
        },
      ],
    },
    {
      title: 'Signer le plan avec la mairie du 20e',
      description: 'Engagement politique de l’arrondissement sur les suites du programme.',
      theme: 'Gouvernance',
      owner: 'Camille Laurent',
      startInDays: -35,
      deadlineInDays: 45,
      status: 'planned',
      indicators: [],
      commitments: [{ organisation: 'Mairie du 20e arrondissement', type: 'action_plan', signedDaysAgo: 0 }],
    },
  ],
};
