import { ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { backupCommand, restoreCommand } from './backup-commands.ts';
import { CliUsageError, parseArgs } from './parse-args.ts';
import { startCommand } from './start-command.ts';
import { migrateCommand, seedDemoCommand, userCommand } from './data-commands.ts';

const USAGE = `Utilisation : npm run maillage -- <commande>

  start                              démarre le serveur (comme npm start)
  migrate                            applique les migrations
  seed-demo                          charge les données de démonstration (base vide)
  user create --email E --password P --name N --role R [--structure CODE]
  backup --out FICHIER               sauvegarde la base
  restore --in FICHIER               restaure une sauvegarde dans une base vide
`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>) => Promise<number>> = {
  start: startCommand,
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  user: userCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `Commande inconnue : ${name}\n\n` : ''}${USAGE}`);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    loadConfig();
    return await command(parseArgs(rest));
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof AppError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
