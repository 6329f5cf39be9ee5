import type { EntityType } from '../../../contracts/audit.ts';
import type { RecordTable } from '../../db/records.ts';
import {
  actionCommitments,
  actionPlans,
  affiliations,
  citizenGroups,
  contacts,
  contributions,
  directoryEntries,
  discoveryDismissals,
  discoveryLexicons,
  duplicateDismissals,
  events,
  exhibitionStops,
  exhibitions,
  groupSessions,
  ideas,
  interactions,
  memberships,
  organisationRelationships,
  organisations,
  partnerships,
  planActions,
  qpv,
  registrations,
  savedViews,
  structures,
  tasks,
  user,
  venueMappings,
} from '../../db/schema/index.ts';

type Row = Record<string, unknown>;

/**
 * What the history and the trash need to know of each audited entity: where it lives,
 * which structure it belongs to (access is decided on that, or on the directory permissions
 * for the shared directory), and how to name it. A feature adds its entities here.
 * `names` maps user and organisation ids to their names.
 */
export type EntityDefinition = {
  table: RecordTable | typeof user;
  trashable: boolean;
  /** Part of the shared directory (organisations, contacts and their links), which no structure owns. */
  directory: boolean;
  structureIdOf: (row: Row) => string | null;
  labelOf: (row: Row, names: Map<string, string>) => string;
};

const noStructure = () => null;
const ofStructure = (row: Row) => row.structureId as string;
const nameOf = (names: Map<string, string>, id: unknown) => names.get(id as string) ?? '?';

export const ENTITIES: Record<EntityType, EntityDefinition> = {
  structure: {
    table: structures,
    trashable: true,
    directory: false,
    structureIdOf: (row) => row.id as string,
    labelOf: (row) => `${row.name} (${row.code})`,
  },
  membership: {
    table: memberships,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row, names) => `${nameOf(names, row.userId)} : ${row.role}`,
  },
  user: { table: user, trashable: false, directory: false, structureIdOf: noStructure, labelOf: (row) => row.name as string },
  organisation: {
    table: organisations,
    trashable: true,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row) => row.name as string,
  },
  // Links are soft-deleted for their history, and created again rather than restored.
  relationship: {
    table: organisationRelationships,
    trashable: false,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row, names) => `${nameOf(names, row.fromId)} ${row.kind} ${nameOf(names, row.toId)}`,
  },
  contact: {
    table: contacts,
    trashable: true,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row) => [row.firstName, row.lastName].filter(Boolean).join(' '),
  },
  affiliation: {
    table: affiliations,
    trashable: false,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row, names) => `${row.role ?? '—'}, ${nameOf(names, row.organisationId)}`,
  },
  partnership: {
    table: partnerships,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row, names) => `${nameOf(names, row.organisationId)} : ${row.stage}`,
  },
  interaction: {
    table: interactions,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `${row.kind} : ${String(row.summary).slice(0, 80)}`,
  },
  task: { table: tasks, trashable: true, directory: false, structureIdOf: ofStructure, labelOf: (row) => row.title as string },
  exhibition: { table: exhibitions, trashable: false, directory: false, structureIdOf: noStructure, labelOf: (row) => row.title as string },
  // A stop comes back only through the itinerary form, where its dates are checked against the others.
  exhibition_stop: {
    table: exhibitionStops,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `${row.departement} : ${row.opensOn} – ${row.closesOn}`,
  },
  event: { table: events, trashable: true, directory: false, structureIdOf: ofStructure, labelOf: (row) => row.title as string },
  idea: { table: ideas, trashable: true, directory: false, structureIdOf: ofStructure, labelOf: (row) => row.title as string },
  // Reference data every role reads, replaced by a new import rather than deleted.
  qpv: { table: qpv, trashable: false, directory: true, structureIdOf: noStructure, labelOf: (row) => `${row.name} (${row.code})` },
  // A cancelled registration keeps its row (status cancelled): there is nothing to restore.
  registration: {
    table: registrations,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `${row.name} (${row.headcount}) : ${row.status}`,
  },
  citizen_group: {
    table: citizenGroups,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => row.name as string,
  },
  group_session: {
    table: groupSessions,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `${row.heldOn} : ${row.theme ?? '—'}`,
  },
  contribution: {
    table: contributions,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `${row.authorName} : ${String(row.text ?? row.kind).slice(0, 80)}`,
  },
  action_plan: {
    table: actionPlans,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => row.title as string,
  },
  plan_action: { table: planActions, trashable: true, directory: false, structureIdOf: ofStructure, labelOf: (row) => row.title as string },
  // Commitments are withdrawn and signed again rather than restored.
  action_commitment: {
    table: actionCommitments,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row, names) => `${nameOf(names, row.organisationId)} : ${row.type}`,
  },
  // A user's own list views: deleted for good from the menu, never from the trash.
  saved_view: { table: savedViews, trashable: false, directory: false, structureIdOf: noStructure, labelOf: (row) => row.name as string },
  // Candidates from open data belong to the shared directory; a link to an organisation is their one audited change.
  directory_entry: {
    table: directoryEntries,
    trashable: false,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row) => row.name as string,
  },
  discovery_lexicon: {
    table: discoveryLexicons,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `Lexique : ${(row.words as string[]).slice(0, 5).join(', ')}…`,
  },
  // Restoring a dismissal from the trash would hide the candidate again: deleting it is the undo.
  discovery_dismissal: {
    table: discoveryDismissals,
    trashable: false,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `Écarté : ${String(row.reason).slice(0, 80)}`,
  },
  // "Not duplicates" marks are never trashed nor edited: the table has no version nor soft delete.
  duplicate_dismissal: {
    table: duplicateDismissals as unknown as RecordTable,
    trashable: false,
    directory: true,
    structureIdOf: noStructure,
    labelOf: (row) => `Pas des doublons (${row.kind === 'organisation' ? 'organisations' : 'contacts'})`,
  },
  // A structure's saved column mapping for venue files; shipped ones (no structure) are never written.
  venue_mapping: {
    table: venueMappings,
    trashable: true,
    directory: false,
    structureIdOf: ofStructure,
    labelOf: (row) => `Correspondance ${row.name} : ${row.label}`,
  },
};
