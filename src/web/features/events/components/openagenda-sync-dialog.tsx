import { Alert, Button, Flex, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCloudDownload, IconCloudUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message.ts';
import { useOpenAgendaRun } from './openagenda-api.ts';
import { OpenAgendaReportView } from './openagenda-report.tsx';

/** Synchroniser avec OpenAgenda: sends the structure's public events to an agenda, or reads the agenda into them. */
export function OpenAgendaSyncDialog(props: { structureId: string; canExport: boolean; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [agendaUid, setAgendaUid] = useState('');
  const exporting = useOpenAgendaRun('export');
  const importing = useOpenAgendaRun('import');
  const last = exporting.data || exporting.error ? exporting : importing;
  const valid = /^\d{1,20}$/.test(agendaUid);
  const start = (which: typeof exporting) => {
    exporting.reset();
    importing.reset();
    which.mutate({ structureId: props.structureId, agendaUid });
  };
  const busy = exporting.isPending || importing.isPending;

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('openAgenda.sync.title')}
      fullScreen={narrow}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack>
        <Text size="sm">{t('openAgenda.sync.help')}</Text>
        <TextInput
          label={t('openAgenda.agendaUid')}
          description={t('openAgenda.sync.agendaUidHelp')}
          value={agendaUid}
          onChange={(e) => setAgendaUid(e.currentTarget.value.trim())}
          error={agendaUid !== '' && !valid ? t('openAgenda.agendaUidInvalid') : null}
          inputMode="numeric"
          required
        />
        {!props.canExport && (
          <Text size="sm" c="dimmed">
            {t('openAgenda.sync.noSecret')}
          </Text>
        )}
        {last.isError && <Alert color="red">{errorMessage(last.error, t)}</Alert>}
        {last.data && <OpenAgendaReportView report={last.data} />}
        <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm">
          <Button
            variant="default"
            disabled={!valid || busy}
            loading={importing.isPending}
            leftSection={<IconCloudDownload size={16} aria-hidden />}
            onClick={() => start(importing)}
          >
            {t('openAgenda.sync.import')}
          </Button>
          {props.canExport && (
            <Button
              disabled={!valid || busy}
              loading={exporting.isPending}
              leftSection={<IconCloudUpload size={16} aria-hidden />}
              onClick={() => start(exporting)}
            >
              {t('openAgenda.sync.export')}
            </Button>
          )}
        </Flex>
      </Stack>
    </Modal>
  );
}
