import { Alert, Anchor, Button, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportJob } from '../../../../contracts/imports.ts';
import { IMPORT_PATH, organisationPath, PARTNERS_PATH } from '../../../app/paths.ts';
import { createdOrganisationsQueryOptions } from '../api/imports.ts';
import { RejectedRows } from './dry-run-step.tsx';
import { ImportCounts } from './import-counts.tsx';

interface RunStepProps {
  job: ImportJob;
  onResume: () => void;
  resuming: boolean;
}

/** Step 4: the progress of the run, read from the job; a stopped run can be resumed, a finished one is summed up. */
export function RunStep({ job, onResume, resuming }: RunStepProps) {
  const { t } = useTranslation();
  const percent = job.totalRows === 0 ? 100 : Math.round((job.processedRows / job.totalRows) * 100);
  const stopped = job.status === 'interrupted' || job.status === 'failed';
  return (
    <Stack gap="lg">
      {job.status === 'completed' ? (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('imports.run.completedTitle')}>
          {t('imports.run.completed', { count: job.totalRows, file: job.fileName })}
        </Alert>
      ) : (
        <Stack gap={6}>
          <Text fw={600} id="import-progress-label">
            {t('imports.run.progress', { processed: job.processedRows, total: job.totalRows })}
          </Text>
          <Progress
            value={percent}
            size="lg"
            animated={job.status === 'running'}
            aria-labelledby="import-progress-label"
            aria-valuetext={`${percent} %`}
          />
        </Stack>
      )}
      {stopped && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={t(job.status === 'failed' ? 'imports.run.failedTitle' : 'imports.run.interruptedTitle')}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{job.failure ?? t('imports.run.interrupted')}</Text>
            <Button onClick={onResume} loading={resuming}>
              {t('imports.run.resume')}
            </Button>
          </Stack>
        </Alert>
      )}
      <ImportCounts
        items={[
          ['created', job.created],
          ['updated', job.updated],
          ['unchanged', job.unchanged],
          ['rejected', job.rejected],
        ]}
      />
      {job.rejectedRows.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('imports.rejected.title', { count: job.rejected })}
          </Title>
          <RejectedRows rows={job.rejectedRows} />
        </Stack>
      )}
      {job.status === 'completed' && <CreatedOrganisations job={job} />}
      {job.status === 'completed' && (
        <Group>
          <Button component={Link} to={PARTNERS_PATH} variant="default">
            {t('imports.run.toPartners')}
          </Button>
          <Button component={Link} to={IMPORT_PATH}>
            {t('imports.run.another')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Links to the organisations an import created (they say which file they came from); contacts are counted only. */
function CreatedOrganisations({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const created = useQuery({ ...createdOrganisationsQueryOptions(job), enabled: job.kind === 'organisations' && job.created > 0 });
  if (!created.data || created.data.total === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('imports.run.createdTitle', { file: job.fileName })}
      </Title>
      <List spacing={4}>
        {created.data.items.map((organisation) => (
          <List.Item key={organisation.id}>
            <Anchor component={Link} to={organisationPath(organisation.id)}>
              {organisation.name}
            </Anchor>
            {organisation.postcode && (
              <Text span c="dimmed" size="sm">
                {' '}
                · {[organisation.postcode, organisation.city].filter(Boolean).join(' ')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {created.data.total > created.data.items.length && (
        <Text size="sm" c="dimmed">
          {t('imports.run.createdMore', { count: created.data.total - created.data.items.length })}
        </Text>
      )}
    </Stack>
  );
}
