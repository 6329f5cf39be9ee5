import type { ImportDuplicate, ImportResolution } from '../../../../contracts/imports.ts';

/** Per line: `update:<organisation id>`, `create` or `skip`. */
export type Choices = Record<number, string>;
export type DuplicateLine = { line: number; name: string; candidates: ImportDuplicate[]; byIdentifier: boolean };

export const updateChoice = (organisationId: string) => `update:${organisationId}`;

/** The dry run's duplicates, one entry per line of the file, its candidates best first. */
export function duplicateLines(duplicates: ImportDuplicate[]): DuplicateLine[] {
  const lines = new Map<number, DuplicateLine>();
  for (const duplicate of duplicates) {
    const line = lines.get(duplicate.line) ?? { line: duplicate.line, name: duplicate.name, candidates: [], byIdentifier: false };
    line.candidates.push(duplicate);
    line.byIdentifier ||= duplicate.reason !== 'name';
    lines.set(duplicate.line, line);
  }
  for (const line of lines.values()) line.candidates.sort((a, b) => b.score - a.score);
  return [...lines.values()].sort((a, b) => a.line - b.line);
}

/** What the import does with a line left alone: update the organisation sharing an identifier, else create. */
export function defaultChoice(line: DuplicateLine): string {
  return line.byIdentifier ? updateChoice(line.candidates[0]!.organisation.id) : 'create';
}

/** The choices that differ from what the import would do anyway, as resolutions for the server. */
export function resolutionsOf(lines: DuplicateLine[], choices: Choices): ImportResolution[] {
  return lines.flatMap((line): ImportResolution[] => {
    const choice = choices[line.line] ?? defaultChoice(line);
    if (choice === defaultChoice(line) || choice === 'create') return [];
    if (choice === 'skip') return [{ line: line.line, action: 'skip' }];
    return [{ line: line.line, action: 'update', organisationId: choice.slice('update:'.length) }];
  });
}
