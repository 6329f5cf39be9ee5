import { type ComboboxParsedItem, type OptionsFilter, Select } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { communeListSchema } from '../../../../contracts/communes.ts';
import { api } from '../../../lib/api-client.ts';

/** Static between releases: asked once per visit. */
const communesQueryOptions = () =>
  queryOptions({
    queryKey: ['territory', 'communes'],
    queryFn: ({ signal }) => api.get('/api/v1/territory/communes', communeListSchema, signal).then((list) => list.items),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Accent-free, lower case, hyphens as spaces: "saint-denis" finds "Saint-Denis", "ivry" finds "Ivry-sur-Seine". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’]/g, ' ');

/** Names starting with the words typed come first, then names containing them; a postcode or an INSEE code works too. */
const communeFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = folded(search).trim();
  if (!words) return options.slice(0, limit);
  const items = options as (ComboboxParsedItem & { value: string; label: string })[];
  const starts = items.filter((o) => folded(o.label).startsWith(words) || o.value.startsWith(words));
  const contains = items.filter((o) => !starts.includes(o) && folded(o.label).includes(words));
  return [...starts, ...contains].slice(0, limit);
};

/** The name shown for a code (a chip), or the code itself until the list is there. */
export function useCommuneName(code: string | null | undefined): string | null {
  const communes = useQuery({ ...communesQueryOptions(), enabled: Boolean(code) });
  if (!code) return null;
  return communes.data?.find((c) => c.code === code)?.name ?? code;
}

/** Picks a commune or a Paris arrondissement by typing its name (or postcode); the filter keeps its INSEE code. */
export function CommuneFilter({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const communes = useQuery(communesQueryOptions());
  const data = (communes.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.postcodes[0] ?? c.departement})` }));
  // A code from a shared link shows before the list arrives.
  if (value && !data.some((d) => d.value === value)) data.push({ value, label: value });
  return (
    <Select
      label={t('partnerLists.filters.commune')}
      description={t('partnerLists.filters.communeHint')}
      placeholder={t('partnerLists.filters.communePlaceholder')}
      nothingFoundMessage={communes.isPending ? t('partnerLists.filters.communeLoading') : t('partnerLists.filters.communeNone')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      filter={communeFilter}
      limit={30}
      comboboxProps={{ withinPortal: true }}
      data-testid="commune-filter"
    />
  );
}
