import type { EntityType } from '../../../contracts/audit.ts';
import type { RecordTable } from '../../db/records.ts';
import {
  affiliations,
  contacts,
  interactions,
  memberships,
  organisationRelationships,
  organisations,
  partnerships,
  structures,
  tasks,
  user,
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
};
