import { Alert, Button, FileButton, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, IMPORT_MAX_BYTES, type ImportJob, type ImportKind } from '../../../../contracts/imports.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useUploadImport } from '../api/imports.ts';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = IMPORT_MAX_BYTES / 1024 / 1024;

/** Step 1: what the file holds, then the file dropped on the zone or chosen with the button; the server reads it whole and answers with its preview. */
export function UploadStep({ onUploaded }: { onUploaded: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const [dragging, setDragging] = useState(false);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const [kind, setKind] = useState<ImportKind>('organisations');

  const send = (file: File | null) => {
    if (file === null) return;
    setTooBig(file.size > IMPORT_MAX_BYTES ? file.name : null);
    if (file.size <= IMPORT_MAX_BYTES) upload.mutate({ file, kind }, { onSuccess: onUploaded });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text id="import-kind-label" size="sm" fw={600}>
          {t('imports.kinds.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-kind-label"
          value={kind}
          onChange={(value) => setKind(value as ImportKind)}
          data={IMPORT_KINDS.map((value) => ({ value, label: t(`imports.kinds.${value}`) }))}
          maw={420}
          data-testid="import-kind"
        />
        {kind === 'contacts' && (
          <Text size="sm" c="dimmed">
            {t('imports.kinds.contactsHint')}
          </Text>
        )}
      </Stack>
      <Paper
        withBorder
        p="xl"
        radius="md"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Stack align="center" gap="sm" ta="center">
          <IconFileSpreadsheet size={40} stroke={1.4} aria-hidden />
          <Text fw={600}>{t('imports.upload.drop')}</Text>
          <Text size="sm" c="dimmed">
            {t('imports.upload.formats', { size: MAX_MB })}
          </Text>
          <FileButton onChange={send} accept={ACCEPT}>
            {(props) => (
              <Button {...props} loading={upload.isPending} leftSection={<IconUpload size={18} aria-hidden />}>
                {t('imports.upload.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('imports.upload.hint')}
      </Text>
      {tooBig !== null && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('imports.upload.failed')}>
          {t('imports.upload.tooBig', { name: tooBig, size: MAX_MB })}
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('imports.upload.failed')}>
          {errorMessage(upload.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
