import { Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ImportDryRun, ImportJob, ImportSettings } from '../../../../contracts/imports.ts';
import { importJobPath, PARTNERS_PATH } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { notifyError } from '../../../lib/notify.tsx';
import { importQueryOptions, useRunImport } from '../api/imports.ts';
import { DryRunStep } from '../components/dry-run-step.tsx';
import { ImportHistory, ImportStatusBadge } from '../components/import-history.tsx';
import { MappingStep } from '../components/mapping-step.tsx';
import { RunStep } from '../components/run-step.tsx';
import { UploadStep } from '../components/upload-step.tsx';

const STEPS = ['upload', 'mapping', 'check', 'run'] as const;

/** The import wizard: `/partenaires/import` to start, `/partenaires/import/:id` for a job, wherever it stands. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <Stack gap={0}>
      <BackLink to={PARTNERS_PATH} label={t('partners.back')} />
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      {id === undefined ? (
        <Stack gap="xl">
          <ImportStepper active={0} />
          <UploadStep onUploaded={(job) => navigate(importJobPath(job.id))} />
          <ImportHistory />
        </Stack>
      ) : (
        <ImportJobView id={id} />
      )}
    </Stack>
  );
}

/** Four steps side by side; on a phone, one line saying where one stands. */
function ImportStepper({ active }: { active: number }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  if (narrow) {
    const step = STEPS[Math.min(active, STEPS.length - 1)]!;
    return (
      <Text fw={600} mb="xs">
        {t('imports.stepOf', { step: Math.min(active, STEPS.length - 1) + 1, total: STEPS.length, label: t(`imports.steps.${step}`) })}
      </Text>
    );
  }
  return (
    <Stepper active={active} size="sm" allowNextStepsSelect={false} mb="md">
      {STEPS.map((step) => (
        <Stepper.Step key={step} label={t(`imports.steps.${step}`)} />
      ))}
    </Stepper>
  );
}

function ImportJobView({ id }: { id: string }) {
  const job = useQuery(importQueryOptions(id));
  if (job.isPending) return <RecordSkeleton />;
  if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
  return <ImportWizard key={job.data.id} job={job.data} />;
}

const initialSettings = (job: ImportJob): ImportSettings => job.settings ?? { mapping: job.preview.suggestedMapping };

function ImportWizard({ job }: { job: ImportJob }) {
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState(() => initialSettings(job));
  const [checked, setChecked] = useState<ImportDryRun | null>(null);
  const run = useRunImport(job.id);
  const started = job.status !== 'uploaded';
  const finished = job.status === 'completed';

  // What the import wrote shows in lists, records and search: they are read again once it ends.
  useEffect(() => {
    if (finished)
      for (const queryKey of [['organisations'], ['contacts'], ['partnerships'], ['search']])
        void queryClient.invalidateQueries({ queryKey });
  }, [finished, queryClient]);

  const active = finished ? STEPS.length : started ? 3 : checked ? 2 : 1;
  return (
    <Stack gap="md">
      <ImportStepper active={active} />
      {started && <ImportStatusBadge status={job.status} />}
      {started ? (
        <RunStep job={job} onResume={() => run.mutate(null, { onError: notifyError })} resuming={run.isPending} />
      ) : checked ? (
        <DryRunStep
          job={job}
          settings={settings}
          checked={checked}
          onBack={() => setChecked(null)}
          running={run.isPending}
          onRun={(resolutions) => run.mutate({ ...settings, resolutions }, { onError: notifyError })}
        />
      ) : (
        <MappingStep
          job={job}
          settings={settings}
          onSettingsChange={setSettings}
          onRead={(read) => setSettings({ ...settings, mapping: read.preview.suggestedMapping })}
          onChecked={setChecked}
        />
      )}
    </Stack>
  );
}
