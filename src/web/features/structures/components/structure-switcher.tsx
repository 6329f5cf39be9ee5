import { Select, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentStructure } from './current-structure-context.ts';

interface StructureSwitcherProps {
  /** In the phone menu there is room for a visible label; in the header the label is for screen readers. */
  withLabel?: boolean;
  visibleFrom?: 'sm';
}

const SEARCH_THRESHOLD = 8;

export function StructureSwitcher({ withLabel = false, visibleFrom }: StructureSwitcherProps) {
  const { t } = useTranslation();
  const { structure, options, isLoading, select } = useCurrentStructure();
  if (isLoading) return <Skeleton height={36} width={withLabel ? '100%' : 240} visibleFrom={visibleFrom} />;
  if (options.length === 0) return null;
  return (
    <Select
      visibleFrom={visibleFrom}
      w={withLabel ? '100%' : 240}
      label={withLabel ? t('header.structure') : undefined}
      aria-label={withLabel ? undefined : t('header.structure')}
      data={options.map((option) => ({ value: option.id, label: option.name }))}
      value={structure?.id ?? null}
      onChange={(id) => {
        if (id !== null) select(id);
      }}
      allowDeselect={false}
      searchable={options.length > SEARCH_THRESHOLD}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
