import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELD,
  type ImportDryRun,
  type ImportField,
  type ImportJob,
  type ImportSettings,
} from '../../../../contracts/imports.ts';
import { SECTORS } from '../../../../contracts/vocabulary.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useDryRun } from '../api/imports.ts';
import { assignColumn, fieldOfColumn } from './column-mapping.ts';
import { ReadingControls } from './reading-controls.tsx';

/** Columns wider than this make the preview scroll sideways rather than squeeze. */
const COLUMN_WIDTH = 190;
const SKIP = '';

interface MappingStepProps {
  job: ImportJob;
  settings: ImportSettings;
  onSettingsChange: (settings: ImportSettings) => void;
  /** A new reading of the file: its columns changed, the mapping starts again from the suggestion. */
  onRead: (job: ImportJob) => void;
  onChecked: (dryRun: ImportDryRun) => void;
}

/** Step 2: how the file was read, its first rows, and which field each column fills. */
export function MappingStep({ job, settings, onSettingsChange, onRead, onChecked }: MappingStepProps) {
  const { t } = useTranslation();
  const dryRun = useDryRun(job.id);
  const { headers, rows } = job.preview;
  const { mapping } = settings;
  const organisations = job.kind === 'organisations';
  const nameMissing = mapping[IMPORT_REQUIRED_FIELD[job.kind]] === undefined;
  const sectorMissing = organisations && mapping.sector === undefined && !settings.defaultSector;
  const fieldOptions = [
    { value: SKIP, label: t('imports.mapping.skip') },
    ...IMPORT_FIELDS[job.kind].map((field) => ({ value: field, label: t(`imports.fields.${field}`) })),
  ];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('imports.reading.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.reading.hint', { file: job.fileName, count: job.totalRows })}
        </Text>
        <ReadingControls job={job} onRead={onRead} />
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('imports.mapping.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.hint')}
        </Text>
        <Table.ScrollContainer
          minWidth={headers.length * COLUMN_WIDTH}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('imports.mapping.caption')}
        >
          <Table withColumnBorders withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption>{t('imports.mapping.caption', { count: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={56}>
                  {t('imports.mapping.line')}
                </Table.Th>
                {headers.map((header, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns are known by their place
                  <Table.Th key={column} scope="col" miw={COLUMN_WIDTH}>
                    <Stack gap={6}>
                      <Text size="sm" fw={700} lineClamp={2}>
                        {header}
                      </Text>
                      <Select
                        aria-label={t('imports.mapping.fieldFor', { column: header })}
                        value={fieldOfColumn(mapping, column) ?? SKIP}
                        onChange={(value) =>
                          onSettingsChange({ ...settings, mapping: assignColumn(mapping, column, (value || null) as ImportField | null) })
                        }
                        data={fieldOptions}
                        allowDeselect={false}
                        size="xs"
                        comboboxProps={{ withinPortal: true }}
                      />
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td c="dimmed">{row.line}</Table.Td>
                  {headers.map((_, column) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are known by their column
                    <Table.Td key={column} c={fieldOfColumn(mapping, column) === null ? 'dimmed' : undefined}>
                      <Text size="sm" lineClamp={2}>
                        {row.cells[column] ?? ''}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      {organisations && (
        <Select
          label={t('imports.mapping.defaultSector')}
          description={t('imports.mapping.defaultSectorHint')}
          placeholder={t('imports.mapping.noDefaultSector')}
          value={settings.defaultSector ?? null}
          onChange={(value) => onSettingsChange({ ...settings, defaultSector: (value as ImportSettings['defaultSector']) ?? null })}
          data={SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }))}
          clearable
          maw={360}
        />
      )}

      {nameMissing && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('imports.mapping.nameMissingTitle')}>
          {t(organisations ? 'imports.mapping.nameMissing' : 'imports.mapping.lastNameMissing')}
        </Alert>
      )}
      {!nameMissing && sectorMissing && (
        <Alert color="yellow" icon={<IconInfoCircle aria-hidden />}>
          {t('imports.mapping.sectorMissing')}
        </Alert>
      )}
      {dryRun.isError && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('imports.dryRun.failed')}>
          {errorMessage(dryRun.error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button disabled={nameMissing} loading={dryRun.isPending} onClick={() => dryRun.mutate(settings, { onSuccess: onChecked })}>
          {t('imports.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
