import { Button, FileButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qpvImportResultSchema } from '../../../../contracts/territory.ts';
import { toApiError } from '../../../lib/api-error.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { territoryKeys } from '../api/territory.ts';

async function uploadQpv(file: File) {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch('/api/v1/territory/qpv', { method: 'POST', body: form, credentials: 'same-origin' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return qpvImportResultSchema.parse(body);
}

/** For the coordination: the national QPV GeoJSON (ANCT), of which Île-de-France is kept. */
export function QpvImportButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: uploadQpv,
    onSuccess: (result) => {
      notifySuccess(
        t('territory.qpvImport.done', { imported: result.imported, updated: result.updated, rejected: result.rejected.length }),
      );
      return queryClient.invalidateQueries({ queryKey: territoryKeys.all });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <FileButton onChange={(file) => file && upload.mutate(file)} accept=".geojson,.json,application/geo+json,application/json">
      {(props) => (
        <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
          {t('territory.qpvImport.button')}
        </Button>
      )}
    </FileButton>
  );
}
