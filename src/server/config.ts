import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/** Every setting, read from the environment; the README documents each one. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit commencer par postgres://')
    .optional(),
  MAILLAGE_DATA_DIR: z.string().default('./data'),
  MAILLAGE_WEB_DIR: z.string().optional(),
  MAILLAGE_PUBLIC_URL: z.url().optional(),
  MAILLAGE_ADMIN_EMAIL: z.email().optional(),
  MAILLAGE_ADMIN_PASSWORD: z.string().min(12).optional(),
  MAILLAGE_DEMO: booleanFlag.optional(),
  MAILLAGE_SECRET: z.string().min(32).optional(),
  MAILLAGE_SIGNIN_LIMIT: z.coerce.number().int().min(1).default(10),
  MAILLAGE_REGISTRATION_LIMIT: z.coerce.number().int().min(1).default(20),
  MAILLAGE_CONTRIBUTION_LIMIT: z.coerce.number().int().min(1).default(20),
  MAILLAGE_ACTOR_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  MAILLAGE_DORMANT_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  MAILLAGE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('warn'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL doit commencer par smtp:// ou smtps://')
    .optional(),
  MAILLAGE_MAIL_FROM: z.string().default('Maillage <maillage@localhost>'),
  MAILLAGE_GEOCODER_URL: z.url({ protocol: /^https?$/ }).optional(),
  MAILLAGE_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+\{z\}[^\s]*$/, 'MAILLAGE_TILE_URL doit être une adresse http(s) de tuiles avec {z}, {x} et {y}')
    .optional(),
  MAILLAGE_TILE_ATTRIBUTION: z.string().max(300).optional(),
  MAILLAGE_OPENAGENDA_URL: z.url({ protocol: /^https?$/ }).optional(),
  MAILLAGE_OPENAGENDA_KEY: z.string().min(8).max(200).optional(),
  MAILLAGE_OPENAGENDA_SECRET: z.string().min(8).max(200).optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDir: string;
  publicUrl: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  secret: string;
  signInLimitPerMinute: number;
  /** Public event registrations per minute and client address. */
  registrationLimitPerMinute: number;
  /** Contributions per 10 minutes and client address on the public forms (ten times as many per form). */
  contributionLimit: number;
  actorCacheMs: number;
  /** A partnership without an interaction for this many months is flagged dormant. */
  dormantMonths: number;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** IGN Géoplateforme base URL (e.g. https://data.geopf.fr); unset, addresses are placed at their commune's centroid. */
  geocoderUrl: string | undefined;
  /** Leaflet tile URL template for the map's background; unset, the map shows its layers on a plain background. */
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
  /** OpenAgenda v2 API (base URL, public key for reads, secret key for writes); unset, export and import to OpenAgenda are off. */
  openagenda: { url: string; key: string; secret: string | undefined } | undefined;
};

/** Where `npm run build:web` writes the web app. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.MAILLAGE_DATA_DIR);
  const hostForUrl = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    webDir: resolve(e.MAILLAGE_WEB_DIR ?? DEFAULT_WEB_DIR),
    publicUrl: (e.MAILLAGE_PUBLIC_URL ?? `http://${hostForUrl}:${e.PORT}`).replace(/\/$/, ''),
    adminEmail: e.MAILLAGE_ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.MAILLAGE_ADMIN_PASSWORD,
    demo: e.MAILLAGE_DEMO ?? !e.DATABASE_URL,
    secret: e.MAILLAGE_SECRET ?? loadOrCreateSecret(dataDir),
    signInLimitPerMinute: e.MAILLAGE_SIGNIN_LIMIT,
    registrationLimitPerMinute: e.MAILLAGE_REGISTRATION_LIMIT,
    contributionLimit: e.MAILLAGE_CONTRIBUTION_LIMIT,
    actorCacheMs: e.MAILLAGE_ACTOR_CACHE_MS,
    dormantMonths: e.MAILLAGE_DORMANT_MONTHS,
    logLevel: e.MAILLAGE_LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAILLAGE_MAIL_FROM,
    geocoderUrl: e.MAILLAGE_GEOCODER_URL,
    tileUrl: e.MAILLAGE_TILE_URL,
    tileAttribution: e.MAILLAGE_TILE_ATTRIBUTION,
    openagenda:
      e.MAILLAGE_OPENAGENDA_URL && e.MAILLAGE_OPENAGENDA_KEY
        ? { url: e.MAILLAGE_OPENAGENDA_URL, key: e.MAILLAGE_OPENAGENDA_KEY, secret: e.MAILLAGE_OPENAGENDA_SECRET }
        : undefined,
  };
}

/** Without MAILLAGE_SECRET, a secret is generated once and kept beside the data. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
