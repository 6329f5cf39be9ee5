import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';

export type CoverageFilterValues = { stage?: string; sector?: string; objective?: string };

/** Stage (active partners when none), sector and objective; the values live in the URL. */
export function CoverageFilters({ values, onChange }: { values: CoverageFilterValues; onChange: (patch: CoverageFilterValues) => void }) {
  const { t } = useTranslation();
  const options = vocabularyOptions(t);
  return (
    <Group gap="sm" align="end" wrap="wrap">
      <Select
        label={t('territory.filters.stage')}
        placeholder={t('territory.filters.activeStages')}
        data={options.stages}
        value={values.stage ?? null}
        onChange={(value) => onChange({ stage: value ?? undefined })}
        clearable
        w={{ base: '100%', xs: 340 }}
      />
      <Select
        label={t('territory.filters.sector')}
        placeholder={t('territory.filters.all')}
        data={options.sectors}
        value={values.sector ?? null}
        onChange={(value) => onChange({ sector: value ?? undefined })}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label={t('territory.filters.objective')}
        placeholder={t('territory.filters.all')}
        data={options.objectives}
        value={values.objective ?? null}
        onChange={(value) => onChange({ objective: value ?? undefined })}
        clearable
        w={{ base: '100%', xs: 260 }}
      />
    </Group>
  );
}
