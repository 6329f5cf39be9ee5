export const SIGN_IN_PATH = '/connexion';
export const FORGOT_PASSWORD_PATH = '/mot-de-passe-oublie';
/** better-auth sends people back here with `?token=`; the server is told this path on request. */
export const RESET_PASSWORD_PATH = '/reinitialiser';
export const PUBLIC_PATHS = [SIGN_IN_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH];

export const ADMINISTRATION_PATH = '/administration';
/** Pages that own tabs keep the open one in the URL, so a view can be bookmarked and shared. */
export const TAB_PARAM = 'onglet';
/** Where to go back to after signing in, set when a lost session sends someone to sign in. */
export const NEXT_PARAM = 'suivant';

export function structurePath(id: string): string {
  return `${ADMINISTRATION_PATH}/structures/${id}`;
}

/** Tab slugs are French words, as they appear in the URL. */
export const ADMINISTRATION_TABS = {
  users: 'utilisateurs',
  structures: 'structures',
  trash: 'corbeille',
  outbox: 'courriels',
} as const;

export function administrationTabPath(tab: keyof typeof ADMINISTRATION_TABS): string {
  return `${ADMINISTRATION_PATH}?${TAB_PARAM}=${ADMINISTRATION_TABS[tab]}`;
}

export const PARTNERS_PATH = '/partenaires';
export const MY_DAY_PATH = `${PARTNERS_PATH}/ma-journee`;
/** The partners list keeps its whole view in the URL; `vue=tableau` shows the board. */
export const VIEW_PARAM = 'vue';
export const BOARD_VIEW = 'tableau';

/** The import wizard; a job's own page shows it wherever it stands (mapping, dry run, progress, summary). */
export const IMPORT_PATH = `${PARTNERS_PATH}/import`;

/** The duplicates review: candidate pairs of organisations and contacts, merges and their undo. */
export const DUPLICATES_PATH = `${PARTNERS_PATH}/doublons`;
export const DUPLICATES_TABS = { organisation: 'organisations', contact: 'contacts' } as const;

export function importJobPath(id: string): string {
  return `${IMPORT_PATH}/${id}`;
}

export function organisationPath(id: string): string {
  return `${PARTNERS_PATH}/organisations/${id}`;
}

export function contactPath(id: string): string {
  return `${PARTNERS_PATH}/contacts/${id}`;
}

export const ORGANISATION_TABS = {
  overview: 'apercu',
  contacts: 'contacts',
  exchanges: 'echanges',
  tasks: 'taches',
  history: 'historique',
} as const;

export const CONTACT_TABS = { overview: 'apercu', exchanges: 'echanges', history: 'historique' } as const;

export const PARTICIPATION_PATH = '/participation';
export const PARTICIPATION_TABS = { groups: 'groupes', moderation: 'moderation' } as const;
export const ACTION_PLAN_PATH = '/plan-action';
/** Public pages, without an account: a group's contribution form and a stop's wall. */
export const CONTRIBUTE_PATH = '/contribuer';
export const WALL_PATH = '/mur';

export function groupPath(id: string): string {
  return `${PARTICIPATION_PATH}/groupes/${id}`;
}

export const EVENTS_PATH = '/evenements';
export const IDEAS_PATH = `${EVENTS_PATH}/idees`;
export const EXHIBITION_PATH = '/exposition';

export function eventPath(id: string): string {
  return `${EVENTS_PATH}/${id}`;
}

export const TERRITORY_PATH = '/territoire';
export const NETWORK_PATH = `${TERRITORY_PATH}/reseau`;
export const REPORTS_PATH = '/rapports';
export const DISCOVERY_PATH = '/decouverte';

/** The desk on a phone: search, then check registrants in. */
export function eventCheckInPath(eventId: string): string {
  return `/evenements/${eventId}/accueil`;
}

/** The public agenda, without an account: the list, an event's page, the cancel link of the e-mails, the embeddable list. */
export const AGENDA_PATH = '/agenda';
export const AGENDA_CANCEL_PATH = `${AGENDA_PATH}/annuler`;
export const AGENDA_EMBED_PATH = `${AGENDA_PATH}/embed`;
/** The feedback form of the e-mail sent after an event. */
export const AGENDA_FEEDBACK_PATH = `${AGENDA_PATH}/avis`;

export function publicEventPath(id: string): string {
  return `${AGENDA_PATH}/evenements/${id}`;
}
