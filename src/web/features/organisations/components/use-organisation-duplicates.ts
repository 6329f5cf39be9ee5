import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { OrganisationDuplicatesQuery } from '../../../../contracts/organisations.ts';
import { organisationDuplicatesQueryOptions } from '../api/organisations.ts';
import { duplicateCandidate, type OrganisationDraft } from './organisation-candidate.ts';

const DELAY = 400;

/** Asks the server for probable duplicates as the user types, once typing pauses. */
export function useOrganisationDuplicates(draft: OrganisationDraft, enabled: boolean) {
  // Compared as text: a fresh object each render would restart the delay every time.
  const candidate = JSON.stringify(duplicateCandidate(draft));
  const [settled] = useDebouncedValue(candidate, DELAY);
  const body = JSON.parse(settled) as OrganisationDuplicatesQuery | null;
  const query = useQuery({ ...organisationDuplicatesQueryOptions(body ?? {}), enabled: enabled && body !== null });
  return { duplicates: body === null ? [] : (query.data ?? []), isChecking: query.isFetching };
}
