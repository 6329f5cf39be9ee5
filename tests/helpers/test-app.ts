import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/contracts/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import { bootstrap } from '../../src/server/bootstrap.ts';
import { type Config, loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { createMailer } from '../../src/server/mail/mailer.ts';
import { insertStructure } from '../../src/server/modules/structures/structures.queries.ts';
import { createUser } from '../../src/server/modules/users/users.service.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'motdepasse-de-test-123';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** A request signed in as the given cookie (or signed out without one). */
  request: (options: InjectOptions & { as?: string }) => Promise<LightMyRequestResponse>;
  signIn: (email: string, password?: string) => Promise<string>;
  /** Creates a user holding one role in one structure, signed in; returns its cookie and ids. */
  userWithRole: (role: Role, structureId: string) => Promise<{ cookie: string; userId: string; email: string }>;
  createStructure: (code: string) => Promise<{ id: string }>;
  close: () => Promise<void>;
};

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ MAILLAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'maillage-test-')), MAILLAGE_LOG_LEVEL: 'silent' }),
    adminEmail: 'coordination@test.localhost',
    adminPassword: TEST_PASSWORD,
    demo: false,
    signInLimitPerMinute: 10_000,
    ...overrides,
  };
  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  await bootstrap(config, database, mailer);
  const app = await buildApp(config, database);
  await app.ready();
  let counter = 0;

  const request: TestApp['request'] = ({ as, headers, ...options }) =>
    app.inject({ ...options, headers: { ...headers, ...(as ? { cookie: as } : {}) } });

  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.body}`);
    const cookies = response.headers['set-cookie'];
    return (Array.isArray(cookies) ? cookies : [cookies ?? '']).map((c) => c.split(';')[0]).join('; ');
  };

  return {
    app,
    database,
    config,
    request,
    signIn,
    async userWithRole(role, structureId) {
      counter += 1;
      const email = `${role}-${counter}@test.localhost`;
      const created = await createUser(
        database.db,
        mailer,
        null,
        { name: `${role} ${counter}`, email, password: TEST_PASSWORD, role, structureId },
        config.publicUrl,
      );
      return { cookie: await signIn(email), userId: created.id, email };
    },
    async createStructure(code) {
      return insertStructure(database.db, { code, kind: 'local', name: `Structure ${code}`, departement: '94' });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
