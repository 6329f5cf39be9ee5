import { Badge, Button, CloseButton, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { CommuneFilter, useCommuneName } from './commune-filter.tsx';
import { DebouncedTextInput } from './debounced-text-input.tsx';
import { type FilterKey, type Filters, hasFilters, SUPPORTED_FILTERS } from './partners-view.ts';

interface PartnersFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  members: Member[];
  /** The board shows every stage in its own column: no stage filter there. */
  withStage: boolean;
}

type ChoiceKey = 'stage' | 'sector' | 'engagement' | 'objective' | 'dormant';

/** The label of each filter; those added with dormancy live under `partnerLists`. */
function filterLabel(key: FilterKey, t: TFunction): string {
  if (key === 'commune') return t('partnerLists.filters.commune');
  if (key === 'dormant') return t('partnerLists.filters.dormant');
  return t(`partners.filters.${key}`);
}

/** The text a chip shows for a filter's value. */
function valueLabel(key: FilterKey, value: string, t: TFunction, language: string, members: Member[]): string {
  switch (key) {
    case 'stage':
      return t(`stages.${value as 'identified'}`);
    case 'sector':
      return t(`sectors.${value as 'media'}`);
    case 'engagement':
      return t(`engagements.${value as 'relay'}`);
    case 'objective':
      return t(`objectives.${value as 'cultural_openness'}`);
    case 'owner':
      return members.find((member) => member.id === value)?.name ?? t('partners.unknownPerson');
    case 'since':
      return formatDate(value, language);
    case 'dormant':
      return value === 'oui' ? t('partnerLists.filters.dormantYes') : t('partnerLists.filters.dormantNo');
    default:
      return `« ${value} »`;
  }
}

function FilterChips({ filters, onChange, members }: Omit<PartnersFiltersProps, 'withStage'>) {
  const { t, i18n } = useTranslation();
  const communeName = useCommuneName(filters.commune);
  const active = SUPPORTED_FILTERS.filter((key) => filters[key] !== undefined && filters[key] !== '');
  if (active.length === 0) return null;
  return (
    <Group gap="xs" aria-label={t('partners.filters.active')} role="group">
      {active.map((key) => {
        const value = key === 'commune' ? (communeName ?? '') : valueLabel(key, filters[key] ?? '', t, i18n.language, members);
        const text = `${filterLabel(key, t)} : ${value}`;
        return (
          <Badge
            key={key}
            variant="light"
            tt="none"
            size="lg"
            pr={4}
            rightSection={
              <CloseButton
                size="sm"
                aria-label={t('partners.filters.remove', { filter: text })}
                onClick={() => onChange({ ...filters, [key]: undefined })}
              />
            }
          >
            {text}
          </Badge>
        );
      })}
      <Button variant="subtle" size="compact-sm" onClick={() => onChange({})}>
        {t('partners.filters.clear')}
      </Button>
    </Group>
  );
}

/** Text search always in view; the other filters fold away, and what is applied shows as chips. */
export function PartnersFilters({ filters, onChange, members, withStage }: PartnersFiltersProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(hasFilters({ ...filters, q: undefined }));
  const options = vocabularyOptions(t);
  const set = (key: FilterKey, value: string | null) => onChange({ ...filters, [key]: value ?? undefined });
  const offered = (key: FilterKey) => SUPPORTED_FILTERS.includes(key) && (withStage || key !== 'stage');
  const choices: Array<{ key: ChoiceKey; data: { value: string; label: string }[] }> = [
    { key: 'stage', data: options.stages },
    { key: 'sector', data: options.sectors },
    { key: 'engagement', data: options.engagements },
    { key: 'objective', data: options.objectives },
    {
      key: 'dormant',
      data: [
        { value: 'oui', label: t('partnerLists.filters.dormantYes') },
        { value: 'non', label: t('partnerLists.filters.dormantNo') },
      ],
    },
  ];

  return (
    <Stack gap="sm" mb="md">
      <Group align="flex-end" gap="sm">
        <DebouncedTextInput
          label={t('partners.filters.q')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.q ?? ''}
          onCommit={(value) => set('q', value.trim() === '' ? null : value)}
          w={{ base: '100%', xs: 320 }}
        />
        <Button variant="default" leftSection={<IconFilter size={16} aria-hidden />} onClick={toggle} aria-expanded={opened}>
          {opened ? t('partners.filters.hide') : t('partners.filters.show')}
        </Button>
      </Group>
      <Collapse expanded={opened}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {choices
            .filter(({ key }) => offered(key))
            .map(({ key, data }) => (
              <Select
                key={key}
                label={filterLabel(key, t)}
                data={data}
                value={filters[key] ?? null}
                onChange={(value) => set(key, value)}
                clearable
                clearButtonProps={{ 'aria-label': t('actions.clear') }}
              />
            ))}
          {offered('owner') && (
            <Select
              label={t('partners.filters.owner')}
              data={members.map((member) => ({ value: member.id, label: member.name }))}
              value={filters.owner ?? null}
              onChange={(value) => set('owner', value)}
              clearable
              clearButtonProps={{ 'aria-label': t('actions.clear') }}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
            />
          )}
          {offered('tag') && (
            <DebouncedTextInput
              label={t('partners.filters.tag')}
              value={filters.tag ?? ''}
              onCommit={(value) => set('tag', value.trim() === '' ? null : value)}
            />
          )}
          {offered('commune') && <CommuneFilter value={filters.commune ?? null} onChange={(code) => set('commune', code)} />}
          {offered('since') && (
            <TextInput
              type="date"
              label={t('partners.filters.since')}
              value={filters.since ?? ''}
              onChange={(event) => set('since', event.currentTarget.value === '' ? null : event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
      </Collapse>
      <FilterChips filters={filters} onChange={onChange} members={members} />
    </Stack>
  );
}
