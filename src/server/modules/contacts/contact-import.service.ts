import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { type AuditInput, recordAudits } from '../audit/audit.service.ts';
import type { ContactImportValues } from '../imports/contact-rows.ts';
import {
  type AffiliationTarget,
  affiliatedOrganisations,
  findAffiliationTargets,
  findContactMatches,
  insertImportedAffiliations,
  insertImportedContacts,
  updateContactRow,
} from './contact-import.queries.ts';
import type { ContactInsert, ContactRow } from './contacts.queries.ts';

export type ContactCandidate = { line: number; values: ContactImportValues };
export type ContactLineOutcome =
  | { line: number; action: 'create' | 'update' | 'unchanged' }
  | { line: number; action: 'reject'; reasons: string[] };

/** A contact the import touches: one already saved (with the fields it changes), or one it creates (its id chosen here). */
type Existing = { kind: 'existing'; before: ContactRow; row: ContactRow; changed: Set<string>; organisations: Set<string> };
type Created = { kind: 'new'; values: ContactInsert & { id: string }; organisations: Set<string> };
type Entry = Existing | Created;
type PlannedAffiliation = { contactId: string; organisationId: string; role: string | null };

const SCALARS = [
  'firstName',
  'lastName',
  'language',
  'notes',
  'legalBasis',
  'consentOn',
  'optOutEmail',
  'optOutPhone',
  'optOutPost',
] as const;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const union = (a: string[], b: string[] | undefined) => [...new Set([...a, ...(b ?? [])])];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The contact's columns a row fills: cells left empty are left out, so they never erase a saved value. */
function fieldsOf(values: ContactImportValues): Partial<ContactInsert> {
  const fields: Partial<ContactInsert> = {};
  for (const key of SCALARS) if (values[key] !== undefined) (fields as Record<string, unknown>)[key] = values[key];
  return fields;
}

/**
 * Plans a contacts file batch by batch, remembering what earlier rows did: a row whose e-mail (or
 * Maillage id) is known updates that contact, e-mails and phones adding up; otherwise it creates
 * one. The organisation named by SIRET, RNA or UAI, else by its exact name (accents and case
 * aside), gets an affiliation with the role, unless the contact already has one there.
 */
export function createContactImportPlanner() {
  const entries = new Map<string, Entry>();
  const targets = new Map<string, AffiliationTarget[]>();
  const known = new Set<string>();
  let touched = new Set<Entry>();
  let planned: PlannedAffiliation[] = [];

  const remember = (entry: Entry, id: string, emails: string[]) => {
    entries.set(`id:${id}`, entry);
    for (const email of emails) if (!entries.has(`email:${email}`)) entries.set(`email:${email}`, entry);
  };

  async function load(db: DbOrTx, candidates: ContactCandidate[]): Promise<void> {
    const ids = candidates.flatMap(({ values }) => (values.id && !entries.has(`id:${values.id}`) ? [values.id] : []));
    const emails = candidates.flatMap(({ values }) => (values.emails ?? []).filter((e) => !entries.has(`email:${e}`)));
    const rows = await findContactMatches(db, ids, emails);
    const links = await affiliatedOrganisations(
      db,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      if (entries.has(`id:${row.id}`)) continue;
      const organisations = new Set(links.filter((l) => l.contactId === row.id).map((l) => l.organisationId));
      remember({ kind: 'existing', before: row, row: { ...row }, changed: new Set(), organisations }, row.id, row.emails);
    }
    const wanted = { sirets: new Set<string>(), rnas: new Set<string>(), uais: new Set<string>(), names: new Set<string>() };
    for (const { values } of candidates) {
      if (values.organisationSiret) wanted.sirets.add(values.organisationSiret);
      if (values.organisationRna) wanted.rnas.add(values.organisationRna);
      if (values.organisationUai) wanted.uais.add(values.organisationUai);
      if (values.organisationName) wanted.names.add(values.organisationName);
    }
    const fresh = (prefix: string, set: Set<string>) => [...set].filter((v) => !known.has(`${prefix}:${prefix === 'name' ? fold(v) : v}`));
    const found = await findAffiliationTargets(db, {
      sirets: fresh('siret', wanted.sirets),
      rnas: fresh('rna', wanted.rnas),
      uais: fresh('uai', wanted.uais),
      names: fresh('name', wanted.names),
    });
    for (const prefix of ['siret', 'rna', 'uai'] as const) {
      for (const value of wanted[`${prefix}s`]) known.add(`${prefix}:${value}`);
    }
    for (const name of wanted.names) known.add(`name:${fold(name)}`);
    for (const target of found) {
      for (const key of [`siret:${target.siret}`, `rna:${target.rna}`, `uai:${target.uai}`, `name:${target.folded}`]) {
        const list = targets.get(key) ?? [];
        if (!list.some((t) => t.id === target.id)) targets.set(key, [...list, target]);
      }
    }
  }

  /** The organisation a row names, or why it cannot be told; `null` when the row names none. */
  function organisationOf(values: ContactImportValues): { target: AffiliationTarget | null } | { reason: string } {
    const identifiers = [
      ['SIRET', 'siret', values.organisationSiret],
      ['RNA', 'rna', values.organisationRna],
      ['UAI', 'uai', values.organisationUai],
    ] as const;
    for (const [, key, value] of identifiers) {
      const target = value ? targets.get(`${key}:${value}`)?.[0] : undefined;
      if (target) return { target };
    }
    if (values.organisationName) {
      const named = targets.get(`name:${fold(values.organisationName)}`) ?? [];
      if (named.length === 1) return { target: named[0]! };
      if (named.length > 1) {
        return { reason: `Plusieurs organisations s’appellent « ${values.organisationName} » : ajoutez une colonne SIRET, RNA ou UAI` };
      }
      return { reason: `Aucune organisation ne s’appelle « ${values.organisationName} » : créez-la ou importez-la d’abord` };
    }
    const given = identifiers.find(([, , value]) => value);
    return given ? { reason: `Aucune organisation n’a le ${given[0]} ${given[2]}` } : { target: null };
  }

  function matchOf(values: ContactImportValues): { entry?: Entry; reason?: string } {
    if (values.id) {
      const entry = entries.get(`id:${values.id}`);
      return entry ? { entry } : { reason: `Identifiant Maillage inconnu : ${values.id}` };
    }
    const found = [...new Set((values.emails ?? []).flatMap((e) => entries.get(`email:${e}`) ?? []))];
    if (found.length > 1) {
      const names = found.map((e) => (e.kind === 'existing' ? `${e.row.firstName ?? ''} ${e.row.lastName}` : e.values.lastName).trim());
      return { reason: `Ces e-mails appartiennent à plusieurs contacts : ${names.join(', ')}` };
    }
    return { entry: found[0] };
  }

  function affiliate(entry: Entry, target: AffiliationTarget | null, role: string | undefined): boolean {
    if (!target || entry.organisations.has(target.id)) return false;
    entry.organisations.add(target.id);
    const contactId = entry.kind === 'existing' ? entry.row.id : entry.values.id;
    planned.push({ contactId, organisationId: target.id, role: role ?? null });
    return true;
  }

  function plan({ line, values }: ContactCandidate): ContactLineOutcome {
    const organisation = organisationOf(values);
    if ('reason' in organisation) return { line, action: 'reject', reasons: [organisation.reason] };
    const match = matchOf(values);
    if (match.reason) return { line, action: 'reject', reasons: [match.reason] };
    const fields = fieldsOf(values);
    if (!match.entry) {
      const entry: Created = {
        kind: 'new',
        values: { ...fields, lastName: values.lastName, emails: values.emails ?? [], phones: values.phones ?? [], id: randomUUID() },
        organisations: new Set(),
      };
      remember(entry, entry.values.id, entry.values.emails ?? []);
      touched.add(entry);
      affiliate(entry, organisation.target, values.role);
      return { line, action: 'create' };
    }
    const entry = match.entry;
    const current = (entry.kind === 'existing' ? entry.row : entry.values) as Record<string, unknown>;
    const next: Record<string, unknown> = {
      ...fields,
      emails: union((current.emails as string[]) ?? [], values.emails),
      phones: union((current.phones as string[]) ?? [], values.phones),
    };
    const changes = Object.entries(next).filter(([key, value]) => !same(current[key], value));
    for (const [key, value] of changes) {
      current[key] = value;
      if (entry.kind === 'existing') entry.changed.add(key);
    }
    remember(entry, entry.kind === 'existing' ? entry.row.id : entry.values.id, (current.emails as string[]) ?? []);
    const linked = affiliate(entry, organisation.target, values.role);
    if (changes.length === 0 && !linked) return { line, action: 'unchanged' };
    if (changes.length > 0) touched.add(entry);
    return { line, action: 'update' };
  }

  /** What the rows planned since the last call would write; the planner then forgets them as pending. */
  function takeWrites() {
    const writes = { entries: [...touched], affiliations: planned };
    touched = new Set();
    planned = [];
    return {
      creates: writes.entries.filter((e): e is Created => e.kind === 'new'),
      updates: writes.entries.filter((e): e is Existing => e.kind === 'existing'),
      affiliations: writes.affiliations,
    };
  }

  return { load, plan, takeWrites };
}

/** A planner that remembers a whole file, for a dry run that writes nothing. */
export function createContactImportPlan(actor: Actor) {
  requireAccess(actor, 'directory:write');
  const planner = createContactImportPlanner();
  return async (db: DbOrTx, candidates: ContactCandidate[]): Promise<ContactLineOutcome[]> => {
    await planner.load(db, candidates);
    const outcomes = candidates.map(planner.plan);
    planner.takeWrites();
    return outcomes;
  };
}

/**
 * Writes one batch in the caller's transaction: one insert of the new contacts, one update per
 * changed contact, one insert of the new affiliations, and their audit entries in one statement.
 */
export async function applyContactImportBatch(tx: DbOrTx, actor: Actor, candidates: ContactCandidate[]): Promise<ContactLineOutcome[]> {
  requireAccess(actor, 'directory:write');
  const planner = createContactImportPlanner();
  await planner.load(tx, candidates);
  const outcomes = candidates.map(planner.plan);
  const { creates, updates, affiliations } = planner.takeWrites();
  const audit = (
    entityType: 'contact' | 'affiliation',
    row: { id: string },
    action: 'create' | 'update',
    before: ContactRow | null,
  ): AuditInput => ({
    actorId: actorIdOf(actor),
    entityType,
    entityId: row.id,
    structureId: null,
    action,
    before,
    after: row,
  });
  const audits: AuditInput[] = [];
  for (const row of await insertImportedContacts(
    tx,
    creates.map((c) => c.values),
  ))
    audits.push(audit('contact', row, 'create', null));
  for (const entry of updates) {
    const patch = Object.fromEntries([...entry.changed].map((key) => [key, entry.row[key as keyof ContactRow]]));
    audits.push(audit('contact', await updateContactRow(tx, entry.before.id, patch), 'update', entry.before));
  }
  for (const row of await insertImportedAffiliations(tx, affiliations)) audits.push(audit('affiliation', row, 'create', null));
  await recordAudits(tx, audits);
  return outcomes;
}
