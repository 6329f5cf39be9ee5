import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { structuresQueryOptions } from '../api/structures.ts';
import { useCurrentStructure } from './current-structure-context.ts';

/**
 * Memberships carry only a structure id. The full list names them all; the user's own
 * structures from /me cover the case where that list is refused or still loading.
 */
export function useStructureNames(): Map<string, string> {
  const { options } = useCurrentStructure();
  const list = useQuery(structuresQueryOptions());
  return useMemo(
    () => new Map([...options, ...(list.data ?? [])].map((structure) => [structure.id, structure.name])),
    [options, list.data],
  );
}
