/** The closed list of error codes a service may throw, with their HTTP status and French title. */
export const ERROR_CODES = {
  bad_request: { status: 400, title: 'Requête invalide' },
  validation: { status: 400, title: 'Données invalides' },
  unauthenticated: { status: 401, title: 'Connexion requise' },
  forbidden: { status: 403, title: 'Accès refusé' },
  csrf: { status: 403, title: 'Origine de la requête refusée' },
  not_found: { status: 404, title: 'Introuvable' },
  method_not_allowed: { status: 405, title: 'Méthode non autorisée' },
  conflict: { status: 409, title: 'Conflit' },
  stale: { status: 409, title: 'Modifié entre-temps' },
  payload_too_large: { status: 413, title: 'Contenu trop volumineux' },
  unsupported_media_type: { status: 415, title: 'Type de contenu non pris en charge' },
  unprocessable: { status: 422, title: 'Demande impossible' },
  rate_limited: { status: 429, title: 'Trop de requêtes' },
  unavailable: { status: 503, title: 'Service indisponible' },
  internal: { status: 500, title: 'Erreur interne' },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];
  readonly current?: unknown;

  constructor(code: ErrorCode, detail: string, extra: { errors?: FieldError[]; current?: unknown } = {}) {
    super(detail);
    this.code = code;
    this.errors = extra.errors;
    this.current = extra.current;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} introuvable.`);
