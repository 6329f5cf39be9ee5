import { parisInseeCode } from '../../../contracts/identifiers.ts';
import type { ImportResolution } from '../../../contracts/imports.ts';
import type { OrganisationCreate } from '../../../contracts/organisations.ts';
import type { SECTORS } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findImportMatches } from './organisation-import.queries.ts';
import type { OrganisationInsert, OrganisationRow } from './organisations.queries.ts';

type Sector = (typeof SECTORS)[number];
/** A row of a file, checked: the creation form's fields, any sector left to a default, and Maillage's id if exported. */
export type OrganisationImportValues = Omit<OrganisationCreate, 'sector'> & { sector?: Sector | undefined; id?: string | undefined };
export type ImportCandidate = { line: number; values: OrganisationImportValues };
export type MatchReason = 'id' | 'rna' | 'siret' | 'uai' | 'resolution';
type Summary = { id: string; name: string; postcode: string | null; city: string | null };

export type LineOutcome =
  | { line: number; action: 'create'; name: string; postcode: string | null }
  | { line: number; action: 'update' | 'unchanged'; name: string; reason: MatchReason; organisation: Summary | null }
  | { line: number; action: 'reject'; reasons: string[] }
  | { line: number; action: 'skip' };

/** A record the import touches: one already saved (whose changed fields are kept), or one it will create. */
export type ExistingEntry = { kind: 'existing'; before: OrganisationRow; row: OrganisationRow; changed: Set<string> };
export type NewEntry = { kind: 'new'; values: OrganisationInsert };
type Entry = ExistingEntry | NewEntry;

export type PlannerOptions = { source: string; defaultSector: Sector | null; resolutions: ImportResolution[] };

const IDENTIFIERS = ['rna', 'siret', 'uai'] as const;
const LISTS = new Set(['tags', 'publics']);
const union = (a: unknown, b: unknown) => [...new Set([...((a as string[]) ?? []), ...((b as string[]) ?? [])])];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function keysOf(values: Partial<OrganisationInsert> & { id?: string }): [MatchReason, string][] {
  const keys: [MatchReason, string][] = values.id ? [['id', `id:${values.id}`]] : [];
  for (const field of IDENTIFIERS) if (values[field]) keys.push([field, `${field}:${values[field]}`]);
  return keys;
}

/** Values to write over a record: non-empty cells replace, tags and publics add up; a new Paris postcode brings its arrondissement. */
function merged(current: Record<string, unknown>, values: OrganisationImportValues): Record<string, unknown> {
  const { id: _id, ...fields } = values;
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    next[key] = LISTS.has(key) ? union(current[key], value) : value;
  }
  if (fields.postcode && fields.postcode !== current.postcode && fields.inseeCode === undefined) {
    next.inseeCode = parisInseeCode(fields.postcode);
  }
  return next;
}

type State = {
  options: PlannerOptions;
  entries: Map<string, Entry>;
  resolutions: Map<number, ImportResolution>;
  touched: Set<Entry>;
};

function remember(state: State, entry: Entry, values: Partial<OrganisationInsert> & { id?: string }): void {
  for (const [, key] of keysOf(values)) if (!state.entries.has(key)) state.entries.set(key, entry);
}

/** Brings in the saved organisations this batch may touch; what earlier rows did stays as they left it. */
async function load(state: State, db: DbOrTx, candidates: ImportCandidate[]): Promise<void> {
  const wanted = { id: new Set<string>(), rna: new Set<string>(), siret: new Set<string>(), uai: new Set<string>() };
  for (const { line, values } of candidates) {
    const resolution = state.resolutions.get(line);
    if (resolution?.action === 'update') wanted.id.add(resolution.organisationId);
    if (values.id) wanted.id.add(values.id);
    for (const field of IDENTIFIERS) if (values[field]) wanted[field].add(values[field]!);
  }
  const unknown = (prefix: keyof typeof wanted) => [...wanted[prefix]].filter((value) => !state.entries.has(`${prefix}:${value}`));
  const rows = await findImportMatches(db, { ids: unknown('id'), rnas: unknown('rna'), sirets: unknown('siret'), uais: unknown('uai') });
  for (const row of rows) {
    const existing = state.entries.get(`id:${row.id}`) ?? { kind: 'existing', before: row, row: { ...row }, changed: new Set() };
    state.entries.set(`id:${row.id}`, existing);
    remember(state, existing, row);
  }
}

type Match = { entry?: Entry; reason?: MatchReason; reject?: string };

function matchOf(state: State, line: number, values: OrganisationImportValues): Match {
  const resolution = state.resolutions.get(line);
  if (resolution?.action === 'update') {
    const entry = state.entries.get(`id:${resolution.organisationId}`);
    return entry ? { entry, reason: 'resolution' } : { reject: 'L’organisation choisie pour cette ligne n’existe pas ou plus' };
  }
  if (values.id && !state.entries.has(`id:${values.id}`)) return { reject: `Identifiant Maillage inconnu : ${values.id}` };
  const found = keysOf(values)
    .map(([reason, key]) => ({ reason, entry: state.entries.get(key) }))
    .filter((f): f is { reason: MatchReason; entry: Entry } => f.entry !== undefined);
  const distinct = [...new Set(found.map((f) => f.entry))];
  if (distinct.length > 1) {
    const names = distinct.map((e) => (e.kind === 'existing' ? e.row.name : e.values.name));
    return { reject: `Les identifiants désignent plusieurs organisations : ${names.join(', ')}` };
  }
  return found[0] ?? {};
}

function plan(state: State, { line, values }: ImportCandidate): LineOutcome {
  if (state.resolutions.get(line)?.action === 'skip') return { line, action: 'skip' };
  const match = matchOf(state, line, values);
  if (match.reject) return { line, action: 'reject', reasons: [match.reject] };
  if (!match.entry) return create(state, line, values);
  const { entry, reason } = match as Required<Pick<Match, 'entry' | 'reason'>>;
  if (entry.kind === 'new') {
    Object.assign(entry.values, merged(entry.values, values));
    remember(state, entry, entry.values);
    return { line, action: 'update', name: values.name, reason, organisation: null };
  }
  return update(state, entry, line, reason, values);
}

/** Only fields that differ count: a row that changes nothing leaves the record, its version and its history alone. */
function update(state: State, entry: ExistingEntry, line: number, reason: MatchReason, values: OrganisationImportValues): LineOutcome {
  const changes = Object.entries(merged(entry.row, values)).filter(([key, value]) => !same(entry.row[key as keyof OrganisationRow], value));
  const organisation = { id: entry.row.id, name: entry.row.name, postcode: entry.row.postcode, city: entry.row.city };
  if (changes.length === 0) return { line, action: 'unchanged', name: values.name, reason, organisation };
  for (const [key, value] of changes) {
    (entry.row as Record<string, unknown>)[key] = value;
    entry.changed.add(key);
  }
  remember(state, entry, entry.row);
  state.touched.add(entry);
  return { line, action: 'update', name: values.name, reason, organisation };
}

function create(state: State, line: number, values: OrganisationImportValues): LineOutcome {
  const sector = values.sector ?? state.options.defaultSector;
  if (!sector) return { line, action: 'reject', reasons: ['Secteur manquant : renseignez-le, ou choisissez un secteur par défaut'] };
  const { id: _id, ...fields } = values;
  const entry: NewEntry = {
    kind: 'new',
    values: { ...fields, sector, inseeCode: fields.inseeCode ?? parisInseeCode(fields.postcode), source: state.options.source },
  };
  remember(state, entry, entry.values);
  state.touched.add(entry);
  return { line, action: 'create', name: fields.name, postcode: fields.postcode ?? null };
}

/** What the rows planned since the last call would write; the planner forgets them as pending. */
function takeWrites(state: State) {
  const writes = [...state.touched];
  state.touched = new Set();
  return {
    creates: writes.filter((e): e is NewEntry => e.kind === 'new'),
    updates: writes.filter((e): e is ExistingEntry => e.kind === 'existing'),
  };
}

/**
 * Decides, row after row, what an import does: update the organisation that shares an identifier
 * (Maillage id, RNA, SIRET, UAI), create one, or reject the row. It remembers what earlier rows
 * created or changed, so a file naming the same organisation twice never creates it twice.
 */
export function createImportPlanner(options: PlannerOptions) {
  const state: State = {
    options,
    entries: new Map(),
    resolutions: new Map(options.resolutions.map((r) => [r.line, r])),
    touched: new Set(),
  };
  return {
    load: (db: DbOrTx, candidates: ImportCandidate[]) => load(state, db, candidates),
    plan: (candidate: ImportCandidate) => plan(state, candidate),
    takeWrites: () => takeWrites(state),
  };
}
export type ImportPlanner = ReturnType<typeof createImportPlanner>;
