import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { memberships, structures, user } from './db/schema/index.ts';
import type { Mailer } from './mail/mailer.ts';
import { seedDemo } from './modules/demo/seed-demo.ts';
import { insertStructure } from './modules/structures/structures.queries.ts';
import { createUser } from './modules/users/users.service.ts';

export const DEFAULT_ADMIN_EMAIL = 'coordination@maillage.localhost';

export type BootstrapReport = {
  adminEmail: string;
  /** Only when it was generated now: it is shown once and kept nowhere. */
  generatedPassword?: string;
  demoLoaded: boolean;
};

/** Brings any database to a usable state: schema, a coordination, a first coordinator, the demo. */
export async function bootstrap(config: Config, database: Database, mailer: Mailer): Promise<BootstrapReport> {
  await migrate(database);
  const db = database.db;
  const wasEmpty = (await db.select({ id: user.id }).from(user).limit(1)).length === 0;
  const coordination = await ensureCoordination(db);
  const admin = await ensureCoordinator(config, db, mailer, coordination.id);
  const demoLoaded = wasEmpty && config.demo;
  if (demoLoaded) await seedDemo(db, coordination.id, admin.password);
  return { adminEmail: admin.email, generatedPassword: admin.generated ? admin.password : undefined, demoLoaded };
}

export async function ensureCoordination(db: Db) {
  const [existing] = await db.select().from(structures).where(eq(structures.kind, 'coordination')).limit(1);
  if (existing) return existing;
  return insertStructure(db, {
    code: 'COORD',
    kind: 'coordination',
    name: 'Coordination régionale Île-de-France',
  });
}

async function ensureCoordinator(config: Config, db: Db, mailer: Mailer, coordinationId: string) {
  const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
  const anyCoordinator = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.role, 'coordinator')).limit(1);
  if (existing || (anyCoordinator.length > 0 && !config.adminEmail)) return { email, password: '', generated: false };
  const generated = !config.adminPassword;
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  await createUser(
    db,
    mailer,
    null,
    { name: 'Coordination Maillage', email, password, structureId: coordinationId, role: 'coordinator' },
    config.publicUrl,
  );
  return { email, password, generated };
}
