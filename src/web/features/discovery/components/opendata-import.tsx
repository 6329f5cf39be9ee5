import { Badge, Button, FileInput, Group, Modal, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconColumns, IconDatabaseImport, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPENDATA_KINDS, type OpendataJob, type OpendataKind } from '../../../../contracts/opendata.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import {
  discoveryKeys,
  opendataImportsQueryOptions,
  resumeOpendataImport,
  uploadOpendataFile,
  venueMappingsQueryOptions,
} from '../api/discovery.ts';
import { SavedMappings } from './saved-mappings.tsx';
import { previewVenueFile, type VenuePreview } from './venue-file-preview.ts';
import { VenueMappingForm } from './venue-mapping-form.tsx';

const STATUS_COLORS = { running: 'blue', interrupted: 'orange', completed: 'teal', failed: 'red' } as const;

function JobLine({ job }: { job: OpendataJob }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resume = useMutation({
    mutationFn: () => resumeOpendataImport(job.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: discoveryKeys.imports() }),
    onError: (error) => notifyError(error),
  });
  const progress = job.status === 'completed' ? 100 : Math.round((100 * job.bytesRead) / Math.max(job.fileSize, 1));
  return (
    <Stack gap={4} data-testid="opendata-job">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} truncate>
          {job.fileName}
        </Text>
        <Badge color={STATUS_COLORS[job.status]} variant="light">
          {t(`discovery.import.status.${job.status}`)}
        </Badge>
      </Group>
      <Progress value={progress} size="sm" aria-label={t('discovery.import.progress', { name: job.fileName })} />
      <Text size="xs" c="dimmed">
        {t('discovery.import.counts', {
          read: job.read,
          imported: job.imported,
          updated: job.updated,
          skipped: job.skipped,
          rejected: job.rejected,
        })}
      </Text>
      {job.rejectedRows.slice(0, 5).map((row) => (
        <Text key={row.line} size="xs" c="red.8">
          {t('discovery.import.rejectedRow', { line: row.line, reason: row.reason })}
        </Text>
      ))}
      {job.failure && (
        <Text size="xs" c="red.8">
          {job.failure}
        </Text>
      )}
      {(job.status === 'interrupted' || job.status === 'failed') && (
        <Button size="compact-sm" variant="light" onClick={() => resume.mutate()} loading={resume.isPending} w="fit-content">
          {t('discovery.import.resume')}
        </Button>
      )}
    </Stack>
  );
}

/** The chosen venue file's columns, read in the browser as soon as it is chosen. */
function useVenuePreview(file: File | null, kind: OpendataKind): VenuePreview | null {
  const [preview, setPreview] = useState<VenuePreview | null>(null);
  useEffect(() => {
    setPreview(null);
    if (!file || (kind !== 'csv' && kind !== 'geojson')) return;
    let current = true;
    void previewVenueFile(file, kind).then((read) => current && setPreview(read));
    return () => {
      current = false;
    };
  }, [file, kind]);
  return preview;
}

function ImportForm() {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<OpendataKind>('rna');
  const [file, setFile] = useState<File | null>(null);
  const [departement, setDepartement] = useState('');
  const [mapping, setMapping] = useState<string | null>(null);
  const [mappingFormOpen, setMappingFormOpen] = useState(false);
  const needsMapping = kind === 'csv' || kind === 'geojson';
  const preview = useVenuePreview(needsMapping ? file : null, kind);
  const canSaveMapping = structure !== null && role !== null && role !== 'observer';
  const mappings = useQuery({ ...venueMappingsQueryOptions(), enabled: needsMapping });
  const jobs = useQuery(opendataImportsQueryOptions());
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      uploadOpendataFile(kind, chosen, {
        departement: departement.trim() || undefined,
        mapping: needsMapping ? (mapping ?? undefined) : undefined,
      }),
    onSuccess: () => {
      setFile(null);
      return queryClient.invalidateQueries({ queryKey: discoveryKeys.all });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Stack gap="md">
      <Text size="sm">{t('discovery.import.intro')}</Text>
      {/* Not a form element: the mapping form sits inside it, and forms do not nest. */}
      <Stack gap="sm">
        <Select
          label={t('discovery.import.kind')}
          data={OPENDATA_KINDS.map((value) => ({ value, label: t(`discovery.import.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as OpendataKind)}
          allowDeselect={false}
        />
        {needsMapping && (
          <Select
            label={t('discovery.import.mapping')}
            data={(mappings.data?.items ?? []).map((m) => ({ value: m.name, label: m.label }))}
            value={mapping}
            onChange={setMapping}
            required
          />
        )}
        {needsMapping && <SavedMappings mappings={mappings.data?.items ?? []} />}
        <TextInput
          label={t('discovery.import.departement')}
          description={t('discovery.import.departementHint')}
          value={departement}
          onChange={(event) => setDepartement(event.currentTarget.value)}
          maxLength={3}
        />
        <FileInput
          label={t('discovery.import.file')}
          value={file}
          onChange={setFile}
          accept=".csv,.txt,.geojson,.json"
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
        />
        {preview && canSaveMapping && !mappingFormOpen && (
          <Button
            variant="default"
            leftSection={<IconColumns size={16} aria-hidden />}
            onClick={() => setMappingFormOpen(true)}
            w="fit-content"
          >
            {t('territoryDiscovery.mapping.open', { count: preview.columns.length })}
          </Button>
        )}
        {preview && structure && mappingFormOpen && (
          <VenueMappingForm
            structureId={structure.id}
            preview={preview}
            onSaved={(name) => {
              setMapping(name);
              setMappingFormOpen(false);
            }}
          />
        )}
        <Button
          onClick={() => file && upload.mutate(file)}
          leftSection={<IconUpload size={16} aria-hidden />}
          loading={upload.isPending}
          disabled={!file || (needsMapping && !mapping)}
          w="fit-content"
        >
          {t('discovery.import.start')}
        </Button>
      </Stack>
      {(jobs.data?.items.length ?? 0) > 0 && (
        <Stack gap="sm">
          <Text fw={600}>{t('discovery.import.jobs')}</Text>
          {jobs.data?.items.slice(0, 5).map((job) => (
            <JobLine key={job.id} job={job} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Upload an RNA, SIRENE or venue file; the import runs on the server and its progress shows here. */
export function OpendataImportButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" leftSection={<IconDatabaseImport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('discovery.import.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('discovery.import.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {opened && <ImportForm />}
      </Modal>
    </>
  );
}
