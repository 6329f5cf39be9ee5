import { Group, MultiSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import type { ReportScope } from '../api/reports.ts';

/** The period (Paris days) and the structures of a report; no structure chosen means all of the reader's. */
export function ReportScopePicker({
  scope,
  onChange,
  error,
}: {
  scope: ReportScope;
  onChange: (scope: ReportScope) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const { options } = useCurrentStructure();
  return (
    <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
      <TextInput
        type="date"
        label={t('reports.from')}
        value={scope.from}
        onChange={(event) => onChange({ ...scope, from: event.currentTarget.value })}
        miw={150}
      />
      <TextInput
        type="date"
        label={t('reports.to')}
        value={scope.to}
        onChange={(event) => onChange({ ...scope, to: event.currentTarget.value })}
        error={error}
        miw={150}
      />
      <MultiSelect
        label={t('reports.structures')}
        placeholder={scope.structureIds.length === 0 ? t('reports.allStructures') : undefined}
        data={options.map((option) => ({ value: option.id, label: option.name }))}
        value={scope.structureIds}
        onChange={(structureIds) => onChange({ ...scope, structureIds })}
        clearable
        searchable
        miw={240}
      />
    </Group>
  );
}
