import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organisationPageSchema } from '../../../../contracts/organisations.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

interface Props {
  label: string;
  placeholder: string;
  value: string | null;
  /** The name of the organisation already chosen, shown before any search. */
  initialName?: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}

/** An organisation of the shared directory, found by name. */
export function OrganisationSelect({ label, placeholder, value, initialName, onChange, error }: Props) {
  const [search, setSearch] = useState(initialName ?? '');
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['organisations', 'pick', query],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/organisations', { q: query, pageSize: '20' }), organisationPageSchema, signal),
    enabled: query.length >= 2,
  });
  const data = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (value && initialName && !data.some((o) => o.value === value)) data.push({ value, label: initialName });
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={({ options }) => options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
