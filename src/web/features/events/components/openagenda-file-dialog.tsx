import { Alert, Button, FileInput, Flex, List, Modal, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useOpenAgendaRun } from './openagenda-api.ts';
import { OpenAgendaReportView } from './openagenda-report.tsx';

type Read = { events: unknown[]; agendaUid: string | null } | { error: 'json' | 'shape' };

/** A v2 file is the events list (`{ events: [...] }`) or the events themselves; their agenda's uid comes along when OpenAgenda wrote it. */
async function readFile(file: File): Promise<Read> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return { error: 'json' };
  }
  const events = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return { error: 'shape' };
  const uid = (events[0] as { agendaUid?: unknown } | undefined)?.agendaUid;
  return { events, agendaUid: typeof uid === 'number' || (typeof uid === 'string' && /^\d+$/.test(uid)) ? String(uid) : null };
}

/** `events.3` → « Événement 4 » : each refused event of the file named as a person counts them. */
function problemLines(error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError) || !error.problem.errors) return [];
  return error.problem.errors.map(({ path, message }) => {
    const index = /^events\.(\d+)/.exec(path)?.[1];
    return index === undefined ? `${path} : ${message}` : t('openAgenda.file.eventProblem', { n: Number(index) + 1, message });
  });
}

/** Importer → fichier OpenAgenda: the file is read all or nothing into the structure's events. */
export function OpenAgendaFileDialog({ structureId, opened, onClose }: { structureId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [agendaUid, setAgendaUid] = useState('');
  const run = useOpenAgendaRun('import-file');

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    run.reset();
    const result = chosen ? await readFile(chosen) : null;
    setRead(result);
    if (result && 'events' in result && result.agendaUid) setAgendaUid(result.agendaUid);
  };
  const close = () => {
    setFile(null);
    setRead(null);
    run.reset();
    onClose();
  };
  const fileError = read && 'error' in read ? t(`openAgenda.file.${read.error}`) : null;
  const uidError = agendaUid !== '' && !/^\d{1,20}$/.test(agendaUid) ? t('openAgenda.agendaUidInvalid') : null;
  const ready = read !== null && 'events' in read && /^\d{1,20}$/.test(agendaUid);
  const lines = problemLines(run.error, t);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('openAgenda.file.title')}
      fullScreen={narrow}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && 'events' in read) run.mutate({ structureId, agendaUid, events: read.events });
        }}
      >
        <Stack>
          <FileInput
            label={t('openAgenda.file.file')}
            description={t('openAgenda.file.fileHelp')}
            accept=".json,application/json"
            value={file}
            onChange={choose}
            error={fileError}
          />
          <TextInput
            label={t('openAgenda.agendaUid')}
            description={t('openAgenda.file.agendaUidHelp')}
            value={agendaUid}
            onChange={(e) => setAgendaUid(e.currentTarget.value.trim())}
            error={uidError}
            inputMode="numeric"
            required
          />
          {run.isError && (
            <Alert color="red" title={errorMessage(run.error, t)}>
              {lines.length > 0 && (
                <List size="sm" spacing={4}>
                  {lines.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {run.data && <OpenAgendaReportView report={run.data} />}
          <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('actions.close')}
            </Button>
            <Button type="submit" disabled={!ready} loading={run.isPending} leftSection={<IconFileImport size={16} aria-hidden />}>
              {t('openAgenda.file.submit')}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Modal>
  );
}
