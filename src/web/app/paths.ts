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
