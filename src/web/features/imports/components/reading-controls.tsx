import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_ENCODINGS, IMPORT_SEPARATORS, type ImportJob, type ImportReading } from '../../../../contracts/imports.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { useChangeReading } from '../api/imports.ts';

const SEPARATOR_KEYS = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' } as const;

/** How the CSV file was read, as detected; changing either reads it again. A workbook has neither. */
export function ReadingControls({ job, onRead }: { job: ImportJob; onRead: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const change = useChangeReading(job.id);
  const { encoding, separator } = job.preview;
  if (encoding === null || separator === null) return <Text size="sm">{t('imports.reading.workbook')}</Text>;
  const read = (patch: Partial<ImportReading>) =>
    change.mutate({ encoding, separator, ...patch }, { onSuccess: onRead, onError: notifyError });
  return (
    <Group gap="md" align="flex-end">
      <Select
        label={t('imports.reading.encoding')}
        value={encoding}
        onChange={(value) => value && read({ encoding: value as ImportReading['encoding'] })}
        data={IMPORT_ENCODINGS.map((value) => ({ value, label: t(`imports.encodings.${value}`) }))}
        allowDeselect={false}
        disabled={change.isPending}
        w={220}
      />
      <Select
        label={t('imports.reading.separator')}
        value={separator}
        onChange={(value) => value && read({ separator: value as ImportReading['separator'] })}
        data={IMPORT_SEPARATORS.map((value) => ({ value, label: t(`imports.separators.${SEPARATOR_KEYS[value]}`) }))}
        allowDeselect={false}
        disabled={change.isPending}
        w={220}
      />
    </Group>
  );
}
