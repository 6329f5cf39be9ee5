import type { EntityType } from '../../../contracts/audit.ts';
import type { RecordTable } from '../../db/records.ts';
import { memberships, structures, user } from '../../db/schema/index.ts';

type Row = Record<string, unknown>;

/**
 * What the history and the trash need to know of each audited entity: where it lives,
 * which structure it belongs to (access is decided on that), and how to name it.
 * A feature adds its entities here.
 */
export type EntityDefinition = {
  table: RecordTable | typeof user;
  trashable: boolean;
  structureIdOf: (row: Row) => string | null;
  labelOf: (row: Row, names: Map<string, string>) => string;
};

export const ENTITIES: Record<EntityType, EntityDefinition> = {
  structure: {
    table: structures,
    trashable: true,
    structureIdOf: (row) => row.id as string,
    labelOf: (row) => `${row.name} (${row.code})`,
  },
  membership: {
    table: memberships,
    trashable: true,
    structureIdOf: (row) => row.structureId as string,
    labelOf: (row, names) => `${names.get(row.userId as string) ?? '?'} : ${row.role}`,
  },
  user: {
    table: user,
    trashable: false,
    structureIdOf: () => null,
    labelOf: (row) => row.name as string,
  },
};
