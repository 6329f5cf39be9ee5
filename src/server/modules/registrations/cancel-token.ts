import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../http/errors.ts';

/**
 * The link in the e-mails that cancels a registration without an account:
 * `<registration id>.<expiry, seconds since 1970, base 36>.<HMAC-SHA256 of both with the app secret>`.
 * It expires when the slot starts; changing MAILLAGE_SECRET voids every link sent.
 */
const PURPOSES = { cancel: 'maillage-registration-cancel', feedback: 'maillage-event-feedback' } as const;
type Purpose = keyof typeof PURPOSES;

const signatureOf = (purpose: Purpose, secret: string, payload: string) =>
  createHmac('sha256', secret).update(`${PURPOSES[purpose]}:${payload}`).digest('base64url');

function signedToken(purpose: Purpose, secret: string, registrationId: string, expiresAt: Date): string {
  const payload = `${registrationId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${payload}.${signatureOf(purpose, secret, payload)}`;
}

export const cancelToken = (secret: string, registrationId: string, expiresAt: Date) =>
  signedToken('cancel', secret, registrationId, expiresAt);
/** The feedback form's link, signed the same way for another purpose (a cancel link does not open the form, nor the reverse). */
export const feedbackToken = (secret: string, registrationId: string, expiresAt: Date) =>
  signedToken('feedback', secret, registrationId, expiresAt);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The registration a genuine, unexpired link names; a forged or expired one is refused with a sentence. */
export function readCancelToken(secret: string, token: string, now: Date = new Date()): string {
  return readSignedToken('cancel', secret, token, now);
}

export function readFeedbackToken(secret: string, token: string, now: Date = new Date()): string {
  return readSignedToken('feedback', secret, token, now);
}

const WORDS = {
  cancel: { link: 'Ce lien d’annulation', expired: 'le créneau a déjà commencé' },
  feedback: { link: 'Ce lien vers le questionnaire', expired: 'le questionnaire est clos' },
} as const;

function readSignedToken(purpose: Purpose, secret: string, token: string, now: Date): string {
  const [id, expiry, signature, ...rest] = token.split('.');
  const forged = new AppError('bad_request', `${WORDS[purpose].link} n’est pas valide : utilisez le lien reçu par courriel, en entier.`);
  if (!id || !expiry || !signature || rest.length > 0 || !UUID.test(id) || !/^[0-9a-z]{1,10}$/.test(expiry)) throw forged;
  const expected = Buffer.from(signatureOf(purpose, secret, `${id}.${expiry}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw forged;
  if (Number.parseInt(expiry, 36) * 1000 <= now.getTime()) {
    throw new AppError('bad_request', `${WORDS[purpose].link} a expiré : ${WORDS[purpose].expired}.`);
  }
  return id;
}
