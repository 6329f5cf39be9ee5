import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useUserNames } from '../../users/api/user-names.ts';
import { membershipsQueryOptions } from './memberships.ts';

export interface Member {
  id: string;
  name: string;
}

/** The people of a structure with their names, for owner pickers; memberships carry ids only. */
export function useStructureMembers(structureId: string | undefined): { members: Member[]; isPending: boolean } {
  const memberships = useQuery({ ...membershipsQueryOptions(structureId ?? ''), enabled: structureId !== undefined });
  const ids = useMemo(() => (memberships.data ?? []).map((membership) => membership.userId), [memberships.data]);
  const names = useUserNames(ids);
  const members = useMemo(
    () =>
      ids
        .flatMap((id) => {
          const name = names.get(id);
          return name === undefined ? [] : [{ id, name }];
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [ids, names],
  );
  return { members, isPending: memberships.isPending && structureId !== undefined };
}
