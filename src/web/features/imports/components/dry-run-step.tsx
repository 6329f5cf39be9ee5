import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDryRun, ImportJob, ImportResolution, ImportSettings } from '../../../../contracts/imports.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useDryRun } from '../api/imports.ts';
import { type Choices, duplicateLines, resolutionsOf } from './duplicate-choices.ts';
import { DuplicateLineCard } from './duplicate-line-card.tsx';
import { ImportCounts } from './import-counts.tsx';

interface DryRunStepProps {
  job: ImportJob;
  settings: ImportSettings;
  /** The dry run without any choice: its duplicates stay listed whatever is chosen for them. */
  checked: ImportDryRun;
  onBack: () => void;
  onRun: (resolutions: ImportResolution[]) => void;
  running: boolean;
}

/** Step 3: what the import would do, the rows it would reject and why, and a choice for each probable duplicate. */
export function DryRunStep({ job, settings, checked, onBack, onRun, running }: DryRunStepProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => duplicateLines(checked.duplicates), [checked.duplicates]);
  const [choices, setChoices] = useState<Choices>({});
  // The counts follow the choices: the dry run is asked again with them.
  const recount = useDryRun(job.id);
  const counts = recount.data ?? checked;

  const choose = (line: number, choice: string) => {
    const next = { ...choices, [line]: choice };
    setChoices(next);
    recount.mutate({ ...settings, resolutions: resolutionsOf(lines, next) });
  };

  return (
    <Stack gap="lg">
      <ImportCounts
        items={[
          ['toCreate', counts.toCreate],
          ['toUpdate', counts.toUpdate],
          ['unchanged', counts.unchanged],
          ['rejected', counts.rejected],
          ['skipped', counts.skipped],
        ]}
        busy={recount.isPending}
      />

      {lines.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('imports.duplicates.title', { count: lines.length })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.duplicates.hint')}
          </Text>
          {lines.map((line) => (
            <DuplicateLineCard key={line.line} line={line} choice={choices[line.line]} onChoose={(choice) => choose(line.line, choice)} />
          ))}
        </Stack>
      )}

      {checked.rejectedRows.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('imports.rejected.title', { count: checked.rejected })}
          </Title>
          <RejectedRows rows={checked.rejectedRows} />
        </Stack>
      )}
      {checked.truncated && <Text size="sm">{t('imports.dryRun.truncated')}</Text>}
      {recount.isError && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
          {errorMessage(recount.error, t)}
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.dryRun.back')}
        </Button>
        <Button
          loading={running}
          disabled={recount.isPending || counts.toCreate + counts.toUpdate === 0}
          onClick={() => onRun(resolutionsOf(lines, choices))}
        >
          {t('imports.dryRun.run', { count: counts.toCreate + counts.toUpdate })}
        </Button>
      </Group>
    </Stack>
  );
}

export function RejectedRows({ rows }: { rows: ImportDryRun['rejectedRows'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t('imports.rejected.line')}
            </Table.Th>
            <Table.Th scope="col">{t('imports.rejected.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Th scope="row">{row.line}</Table.Th>
              <Table.Td>{row.reasons.join(' ; ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
