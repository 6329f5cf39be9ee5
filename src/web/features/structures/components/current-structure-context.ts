import { createContext, useContext } from 'react';
import type { Role, StructureKind } from '../../../../contracts/roles.ts';

export interface StructureSummary {
  id: string;
  code: string;
  name: string;
  kind: StructureKind;
}

export interface CurrentStructure {
  /** null while a coordinator's list loads, or for an account attached to no structure. */
  structure: StructureSummary | null;
  options: StructureSummary[];
  /** The user's role in the current structure; coordinators act as such everywhere. */
  role: Role | null;
  isLoading: boolean;
  select: (id: string) => void;
}

export const CurrentStructureContext = createContext<CurrentStructure | null>(null);

export function useCurrentStructure(): CurrentStructure {
  const value = useContext(CurrentStructureContext);
  if (value === null) throw new Error('useCurrentStructure needs a CurrentStructureProvider');
  return value;
}
