import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { PASSWORD_MIN_LENGTH } from '../../contracts/users.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordResetMessage } from '../mail/messages.ts';

export const AUTH_BASE_PATH = '/api/auth';

export function createAuth(config: Config, db: Db, mailer: Mailer) {
  return betterAuth({
    appName: 'Maillage',
    baseURL: config.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: config.secret,
    trustedOrigins: [config.publicUrl],
    telemetry: { enabled: false },
    logger: { disabled: config.logLevel === 'silent' },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are opened by a coordinator or a manager, never by self sign-up.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60 * 24,
      sendResetPassword: async ({ user, token }) => {
        const url = `${config.publicUrl}/reinitialiser?token=${encodeURIComponent(token)}`;
        await mailer.send(passwordResetMessage(user.email, user.name, url));
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // No cookie cache: a replayed cookie must stop working at sign-out. The actor cache
      // (http/actor.ts) spares the database lookup on bursts of requests instead.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: config.signInLimitPerMinute },
        '/request-password-reset': { window: 60, max: 5 },
      },
    },
    advanced: {
      // The HTTP layer writes the socket address into this header, replacing any client value.
      ipAddress: { ipAddressHeaders: ['x-maillage-client-ip'] },
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
