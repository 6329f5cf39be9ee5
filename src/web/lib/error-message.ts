import type { TFunction } from 'i18next';
import { type ApiError, isApiError, NETWORK_ERROR_CODE } from './api-error.ts';

/** better-auth codes we expect; anything else gets the generic sentence rather than English text. */
const AUTH_MESSAGE_KEYS = {
  INVALID_EMAIL_OR_PASSWORD: 'authErrors.invalidCredentials',
  INVALID_PASSWORD: 'authErrors.invalidPassword',
  INVALID_TOKEN: 'authErrors.invalidToken',
  PASSWORD_TOO_SHORT: 'authErrors.passwordTooShort',
  PASSWORD_TOO_LONG: 'authErrors.passwordTooLong',
  USER_NOT_FOUND: 'authErrors.invalidCredentials',
} as const;

function isAuthCode(code: string): code is keyof typeof AUTH_MESSAGE_KEYS {
  return code in AUTH_MESSAGE_KEYS;
}

/** The sentence to show for a failed request: the problem's `detail` (in French, from the server), or a translated one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  const { code, detail } = error.problem;
  if (code === NETWORK_ERROR_CODE) return t('errors.network');
  if (error.status === 429) return t('errors.tooManyRequests');
  if (error.status === 409 && code === 'stale') return t('errors.stale');
  if (error.authCode !== null && isAuthCode(error.authCode)) return t(AUTH_MESSAGE_KEYS[error.authCode]);
  return error.raw || detail === '' ? t('errors.generic') : detail;
}

/**
 * A 409 for a stale version: someone else saved the record since it was read. Other conflicts
 * (a duplicate identifier, a partnership already followed) also carry `current`, so the code decides.
 */
export function isStaleError(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 409 && error.problem.code === 'stale';
}
