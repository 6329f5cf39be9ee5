import { useLocalStorage } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useMe } from '../../accounts/api/me.ts';
import { structuresQueryOptions } from '../api/structures.ts';
import { type CurrentStructure, CurrentStructureContext, type StructureSummary } from './current-structure-context.ts';

const STORAGE_KEY = 'maillage.structure';

export function CurrentStructureProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  // Coordinators work across every structure, not only the ones they belong to.
  const all = useQuery({ ...structuresQueryOptions(), enabled: me.isCoordinator });
  const [storedId, setStoredId] = useLocalStorage<string>({
    key: STORAGE_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
    serialize: (value) => value,
    deserialize: (value) => value ?? '',
  });

  const value = useMemo<CurrentStructure>(() => {
    const options: StructureSummary[] = me.isCoordinator
      ? (all.data ?? []).map(({ id, code, name, kind }) => ({ id, code, name, kind }))
      : me.memberships.map((membership) => membership.structure);
    // A stored id from another account or a deleted structure falls back to the first one.
    const structure = options.find((option) => option.id === storedId) ?? options[0] ?? null;
    const membership = me.memberships.find((candidate) => candidate.structure.id === structure?.id);
    return {
      structure,
      options,
      role: membership?.role ?? (me.isCoordinator ? 'coordinator' : null),
      isLoading: me.isCoordinator && all.isPending,
      select: setStoredId,
    };
  }, [me, all.data, all.isPending, storedId, setStoredId]);

  return <CurrentStructureContext value={value}>{children}</CurrentStructureContext>;
}
