export class CliUsageError extends Error {}

export type ParsedArgs = { positional: string[]; flags: Map<string, string> };

/** `--name value` pairs and positional words; a flag without a value is an error. */
export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new CliUsageError(`L'option ${arg} attend une valeur.`);
    flags.set(arg.slice(2), value);
    i++;
  }
  return { positional, flags };
}

export function requireFlag(args: ParsedArgs, name: string): string {
  const value = args.flags.get(name);
  if (!value) throw new CliUsageError(`L'option --${name} est obligatoire.`);
  return value;
}

export function rejectUnknownFlags(args: ParsedArgs, known: string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) throw new CliUsageError(`Option inconnue : --${name}`);
  }
}
