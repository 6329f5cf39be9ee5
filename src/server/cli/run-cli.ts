import { ConfigError, loadConfig } from '../config.ts';
import { AppError } from '../http/errors.ts';
import { CliUsageError, type ParsedArgs, parseArgs } from './parse-args.ts';

const USAGE = `Utilisation : npm run maillage -- <commande>

  start                              démarre le serveur (comme npm start)
  migrate                            applique les migrations
  seed-demo                          charge les données de démonstration (base vide)
  user create --email E --password P --name N --role R [--structure CODE]
  backup --out FICHIER               sauvegarde la base
  restore --in FICHIER               restaure une sauvegarde dans une base vide
  import rna|sirene|csv FICHIER [--departement 75] [--mapping NOM] [--unites-legales FICHIER] [--positions A,D] [--naf 90,91]
  import qpv FICHIER                 importe les QPV (GeoJSON national) et replace les candidats
`;

type Command = (args: ParsedArgs) => Promise<number>;
/** Loaded on demand: a usage error answers at once, without loading the server. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start-command.ts')).startCommand,
  migrate: async () => (await import('./data-commands.ts')).migrateCommand,
  'seed-demo': async () => (await import('./data-commands.ts')).seedDemoCommand,
  user: async () => (await import('./data-commands.ts')).userCommand,
  backup: async () => (await import('./backup-commands.ts')).backupCommand,
  restore: async () => (await import('./backup-commands.ts')).restoreCommand,
  import: async () => (await import('./import-command.ts')).importCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`${name ? `Commande inconnue : ${name}\n\n` : ''}${USAGE}`);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    loadConfig();
    const args = parseArgs(rest);
    return await (await load())(args);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof AppError || (error instanceof Error && error.name === 'DataDirLockedError')) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
