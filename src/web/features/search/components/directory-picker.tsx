import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MIN_LENGTH, searchQueryOptions } from '../api/search.ts';

export interface PickedRecord {
  id: string;
  label: string;
}

interface DirectoryPickerProps {
  type: 'organisation' | 'contact';
  label: string;
  value: PickedRecord | null;
  onChange: (value: PickedRecord | null) => void;
  error?: string;
  /** Records already linked, left out of the choices. */
  exclude?: string[];
}

/** Picks an organisation or a person from the shared directory, searched on the server as one types. */
export function DirectoryPicker({ type, label, value, onChange, error, exclude = [] }: DirectoryPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [settled] = useDebouncedValue(search.trim(), 300);
  const results = useQuery(searchQueryOptions(settled, type));
  const found = (results.data ?? []).filter((hit) => !exclude.includes(hit.id));
  const data = [
    ...(value === null ? [] : [{ value: value.id, label: value.label }]),
    ...found.filter((hit) => hit.id !== value?.id).map((hit) => ({ value: hit.id, label: hit.label })),
  ];
  return (
    <Select
      label={label}
      placeholder={t('search.typeToSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched accents aside and near spellings: show its answer as is.
      filter={({ options }) => options}
      data={data}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id === null || option === null ? null : { id, label: option.label })}
      nothingFoundMessage={settled.length < SEARCH_MIN_LENGTH ? t('search.keepTyping') : t('common.nothingFound')}
      error={error}
      required
      clearable
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
    />
  );
}
