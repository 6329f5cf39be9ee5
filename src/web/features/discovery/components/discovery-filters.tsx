import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { QpvNotImported, useQpvImported } from '../../territory/components/qpv-not-imported.tsx';
import type { DiscoveryFilters as Filters } from '../api/discovery.ts';

/** A place to measure "near" from: a located partner of the structure. */
export type Venue = { id: string; name: string; latitude: number; longitude: number };
export type TerritoryOption = { code: string; name: string };

interface DiscoveryFiltersProps {
  values: Filters;
  territories: TerritoryOption[];
  venues: Venue[];
  onChange: (patch: Filters) => void;
}

const DEFAULT_RADIUS_KM = 2;

/** "lat,lon,km" for the API; the venue is found back from its coordinates. */
function parseNear(near: string | undefined, venues: Venue[]) {
  const [lat, lon, km] = (near ?? '').split(',').map(Number);
  const venue = venues.find((v) => v.latitude === lat && v.longitude === lon);
  return { venueId: venue?.id ?? null, km: Number.isFinite(km) && km! > 0 ? km! : DEFAULT_RADIUS_KM };
}

/** The search box and every filter; each change lands in the URL, so a search can be shared. */
export function DiscoveryFilters({ values, territories, venues, onChange }: DiscoveryFiltersProps) {
  const { t } = useTranslation();
  const qpvImported = useQpvImported();
  const options = vocabularyOptions(t);
  const [q, setQ] = useState(values.q ?? '');
  const near = parseNear(values.near, venues);
  const nearOf = (venueId: string | null, km: number) => {
    const venue = venues.find((v) => v.id === venueId);
    return venue ? `${venue.latitude},${venue.longitude},${km}` : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined });
  };

  return (
    <form onSubmit={submit} aria-label={t('discovery.filters.label')}>
      <Group align="flex-end" gap="sm" mb="sm" wrap="nowrap">
        <TextInput
          flex={1}
          label={t('discovery.filters.q')}
          placeholder={t('discovery.filters.qPlaceholder')}
          description={t('discovery.filters.qHint')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maxLength={200}
        />
        <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
          {t('discovery.filters.search')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
        <Select
          label={t('discovery.filters.sector')}
          placeholder={t('discovery.filters.all')}
          data={options.sectors}
          value={values.sector ?? null}
          onChange={(value) => onChange({ sector: value ?? undefined })}
          clearable
        />
        <Select
          label={t('discovery.filters.territory')}
          placeholder={t('discovery.filters.all')}
          data={territories.map((territory) => ({ value: territory.code, label: territory.name }))}
          value={values.territory ?? null}
          onChange={(value) => onChange({ territory: value ?? undefined })}
          searchable
          clearable
        />
        <Select
          label={t('discovery.filters.near')}
          placeholder={venues.length ? t('discovery.filters.nearAnywhere') : t('discovery.filters.noVenue')}
          data={venues.map((venue) => ({ value: venue.id, label: venue.name }))}
          value={near.venueId}
          onChange={(venueId) => onChange({ near: nearOf(venueId, near.km) })}
          disabled={venues.length === 0}
          searchable
          clearable
        />
        <NumberInput
          label={t('discovery.filters.radius')}
          suffix=" km"
          min={0.5}
          max={200}
          step={0.5}
          value={near.km}
          disabled={near.venueId === null}
          onChange={(km) => typeof km === 'number' && km > 0 && onChange({ near: nearOf(near.venueId, km) })}
        />
        <Select
          label={t('discovery.filters.qpv')}
          placeholder={t('discovery.filters.all')}
          data={[
            { value: 'in', label: t('discovery.filters.qpvIn') },
            { value: 'near', label: t('discovery.filters.qpvNear') },
          ]}
          value={values.qpv ?? null}
          onChange={(value) => onChange({ qpv: value ?? undefined })}
          description={qpvImported === false ? <QpvNotImported size="xs" /> : undefined}
          clearable
        />
        <MultiSelect
          label={t('discovery.filters.publics')}
          placeholder={values.publics ? undefined : t('discovery.filters.all')}
          data={options.publics}
          value={values.publics ? values.publics.split(',') : []}
          onChange={(publics) => onChange({ publics: publics.length ? publics.join(',') : undefined })}
          clearable
        />
      </SimpleGrid>
    </form>
  );
}
