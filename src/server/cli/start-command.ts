import { buildApp } from '../app.ts';
import { type BootstrapReport, bootstrap } from '../bootstrap.ts';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createMailer } from '../mail/mailer.ts';
import type { ParsedArgs } from './parse-args.ts';

export async function startCommand(_args: ParsedArgs): Promise<number> {
  const startedAt = performance.now();
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const report = await bootstrap(config, database, createMailer(database.db, config.smtpUrl, config.mailFrom));
  const app = await buildApp(config, database);
  await app.listen({ port: config.port, host: config.host });
  printWelcome(config, report, database.kind, performance.now() - startedAt);

  // Stop taking requests, finish those in flight, then close the database cleanly.
  const stop = async (signal: string) => {
    process.stdout.write(`\n${signal} reçu : arrêt de Maillage…\n`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return new Promise<number>(() => {});
}

function printWelcome(config: Config, report: BootstrapReport, kind: string, elapsedMs: number): void {
  const where = kind === 'pglite' ? `base embarquée dans ${config.dataDir}` : 'PostgreSQL';
  const lines = [
    '',
    `Maillage est prêt sur ${config.publicUrl} (${where}, démarré en ${Math.round(elapsedMs)} ms).`,
    report.demoLoaded ? 'Les données de démonstration « Mobilités » sont chargées.' : '',
    `Connexion : ${report.adminEmail}`,
    report.generatedPassword
      ? `Mot de passe (affiché une seule fois, notez-le) : ${report.generatedPassword}`
      : 'Mot de passe : celui choisi au premier démarrage (MAILLAGE_ADMIN_PASSWORD ou affiché alors).',
    report.demoLoaded && report.generatedPassword
      ? 'Les comptes de démonstration (voir Administration) utilisent le même mot de passe.'
      : '',
    '',
  ];
  process.stdout.write(`${lines.filter((line, i) => line !== '' || i === 0 || i === lines.length - 1).join('\n')}\n`);
}
