import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { CliUsageError, type ParsedArgs, rejectUnknownFlags, requireFlag } from './parse-args.ts';

/** PGlite: a compressed dump of the data directory. PostgreSQL: pg_dump's custom format. */
export async function backupCommand(args: ParsedArgs): Promise<number> {
  rejectUnknownFlags(args, ['out']);
  const out = resolve(requireFlag(args, 'out'));
  const config = loadConfig();
  if (config.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${config.databaseUrl}`]);
  } else {
    const database = await openDatabase({ dataDir: config.dataDir });
    try {
      const dump = await database.pglite!.dumpDataDir('gzip');
      writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
  }
  process.stdout.write(`Sauvegarde écrite dans ${out}\n`);
  return 0;
}

/** Restores into an empty database only, so a restore never mixes two states. */
export async function restoreCommand(args: ParsedArgs): Promise<number> {
  rejectUnknownFlags(args, ['in']);
  const file = resolve(requireFlag(args, 'in'));
  if (!existsSync(file)) throw new CliUsageError(`Fichier introuvable : ${file}`);
  const config = loadConfig();
  if (config.databaseUrl) {
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${config.databaseUrl}`, file]);
  } else {
    const dir = join(config.dataDir, 'pglite');
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new CliUsageError(`${dir} n'est pas vide : restaurez dans un dossier de données vide (MAILLAGE_DATA_DIR).`);
    }
    const restored = await openDatabase({ dataDir: config.dataDir, fromDump: new Blob([new Uint8Array(readFileSync(file))]) });
    await restored.close();
  }
  process.stdout.write(`Sauvegarde restaurée depuis ${file}\n`);
  return 0;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new CliUsageError(`${command} introuvable : installez le client PostgreSQL (${error.message}).`)));
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new CliUsageError(`${command} a échoué (code ${code}).`))));
  });
}
