import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { membershipsQueryOptions } from './memberships.ts';

export interface Member {
  id: string;
  name: string;
}

/** The people of a structure with their names (the membership list carries them), for owner pickers. */
export function useStructureMembers(structureId: string | undefined): { members: Member[]; isPending: boolean } {
  const memberships = useQuery({ ...membershipsQueryOptions(structureId ?? ''), enabled: structureId !== undefined });
  const members = useMemo(
    () =>
      (memberships.data ?? [])
        .map((membership) => ({ id: membership.userId, name: membership.user.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [memberships.data],
  );
  return { members, isPending: memberships.isPending && structureId !== undefined };
}
