import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconBuilding, IconSearch, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { searchResultSchema } from '../../../../contracts/search.ts';
import { contactPath, organisationPath } from '../../../app/paths.ts';
import { SEARCH_MIN_LENGTH, searchQueryOptions } from '../api/search.ts';

type Hit = z.infer<typeof searchResultSchema>;

const TYPES = ['organisation', 'contact'] as const;
const ICONS = { organisation: IconBuilding, contact: IconUser } as const;
const pathOf = (hit: Hit) => (hit.type === 'organisation' ? organisationPath(hit.id) : contactPath(hit.id));
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Results grouped by kind, each with its second line (postcode and town, or organisation). */
function SearchOptions({ hits, loaded }: { hits: Hit[]; loaded: boolean }) {
  const { t } = useTranslation();
  const groups = TYPES.map((type) => ({ type, items: hits.filter((hit) => hit.type === type) })).filter((group) => group.items.length > 0);
  return (
    <Combobox.Options aria-label={t('search.results')}>
      {loaded && hits.length === 0 && <Combobox.Empty>{t('common.nothingFound')}</Combobox.Empty>}
      {groups.map((group) => (
        <Combobox.Group key={group.type} label={t(`search.types.${group.type}`)}>
          {group.items.map((hit) => {
            const Icon = ICONS[hit.type];
            return (
              <Combobox.Option key={`${hit.type}:${hit.id}`} value={`${hit.type}:${hit.id}`}>
                <Group gap="xs" wrap="nowrap">
                  <Icon size={16} aria-hidden />
                  <div>
                    <Text size="sm">{hit.label}</Text>
                    {hit.sublabel !== null && (
                      // Inherits the option's colour: white on the highlighted one, where grey would be unreadable.
                      <Text size="xs" c="inherit">
                        {hit.sublabel}
                      </Text>
                    )}
                  </div>
                </Group>
              </Combobox.Option>
            );
          })}
        </Combobox.Group>
      ))}
    </Combobox.Options>
  );
}

/** One box over the directory, in the header: organisations and people, accents and typos aside. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [settled] = useDebouncedValue(value.trim(), 250);
  const results = useQuery(searchQueryOptions(settled));
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const hits = settled.length >= SEARCH_MIN_LENGTH ? (results.data ?? []) : [];

  // Ctrl+K (Cmd+K on a Mac) from anywhere, even from another field.
  useHotkeys([['mod+K', () => inputRef.current?.select()]], []);
  // The best match is preselected, so Enter opens it straight away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to new results only
  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
  }, [results.data]);

  const open = (key: string) => {
    const hit = hits.find((candidate) => `${candidate.type}:${candidate.id}` === key);
    if (hit === undefined) return;
    combobox.closeDropdown();
    setValue('');
    inputRef.current?.blur();
    void navigate(pathOf(hit));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} position="bottom-start" width="target" withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            results.isFetching ? (
              <Loader size="xs" aria-hidden />
            ) : (
              <Kbd size="xs" visibleFrom="md">
                {isMac() ? '⌘ K' : 'Ctrl K'}
              </Kbd>
            )
          }
          rightSectionWidth={64}
          rightSectionPointerEvents="none"
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setValue('');
          }}
          w="100%"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={settled.length < SEARCH_MIN_LENGTH} miw={300}>
        <SearchOptions hits={hits} loaded={results.isSuccess} />
      </Combobox.Dropdown>
    </Combobox>
  );
}
