import { eq } from 'drizzle-orm';
import { roleSchema } from '../../contracts/roles.ts';
import { userCreateSchema } from '../../contracts/users.ts';
import { bootstrap, ensureCoordination } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { organisations, structures } from '../db/schema/index.ts';
import { createMailer } from '../mail/mailer.ts';
import { seedDemo } from '../modules/demo/seed-demo.ts';
import { createUser } from '../modules/users/users.service.ts';
import { CliUsageError, type ParsedArgs, rejectUnknownFlags, requireFlag } from './parse-args.ts';

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function migrateCommand(args: ParsedArgs): Promise<number> {
  rejectUnknownFlags(args, []);
  await withDatabase(migrate);
  process.stdout.write('Migrations appliquées.\n');
  return 0;
}

export async function seedDemoCommand(args: ParsedArgs): Promise<number> {
  rejectUnknownFlags(args, []);
  const config = { ...loadConfig(), demo: false };
  return withDatabase(async (database) => {
    const report = await bootstrap(config, database, createMailer(database.db, config.smtpUrl, config.mailFrom));
    if ((await database.db.select({ id: organisations.id }).from(organisations).limit(1)).length > 0) {
      process.stderr.write('La base contient déjà des organisations : la démonstration se charge dans une base vide.\n');
      return 1;
    }
    const [coordination] = await database.db.select().from(structures).where(eq(structures.kind, 'coordination')).limit(1);
    await seedDemo(database.db, coordination!.id, report.generatedPassword ?? config.adminPassword ?? '');
    process.stdout.write('Données de démonstration chargées.\n');
    return 0;
  });
}

export async function userCommand(args: ParsedArgs): Promise<number> {
  const [action] = args.positional;
  if (action !== 'create') throw new CliUsageError('Sous-commande attendue : user create');
  rejectUnknownFlags(args, ['email', 'password', 'name', 'role', 'structure']);
  const role = roleSchema.safeParse(requireFlag(args, 'role'));
  if (!role.success) throw new CliUsageError(`Rôle inconnu : ${args.flags.get('role')} (coordinator, manager, member, observer).`);
  const config = loadConfig();
  return withDatabase(async (database) => {
    await migrate(database);
    await ensureCoordination(database.db);
    const code = args.flags.get('structure') ?? (role.data === 'coordinator' ? undefined : requireFlag(args, 'structure'));
    const where = code ? eq(structures.code, code) : eq(structures.kind, 'coordination');
    const [structure] = await database.db.select().from(structures).where(where).limit(1);
    if (!structure) throw new CliUsageError(`Structure inconnue : ${code ?? 'coordination'}`);
    const input = userCreateSchema.safeParse({
      email: requireFlag(args, 'email'),
      password: requireFlag(args, 'password'),
      name: requireFlag(args, 'name'),
      role: role.data,
      structureId: structure.id,
    });
    if (!input.success) throw new CliUsageError(input.error.issues.map((i) => `--${i.path.join('.')} : ${i.message}`).join('\n'));
    const created = await createUser(
      database.db,
      createMailer(database.db, config.smtpUrl, config.mailFrom),
      null,
      input.data,
      config.publicUrl,
    );
    process.stdout.write(`Compte créé : ${created.email} (${role.data}, ${structure.code}).\n`);
    return 0;
  });
}
