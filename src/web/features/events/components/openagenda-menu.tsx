import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenAgendaSettings } from './openagenda-api.ts';
import { OpenAgendaFileDialog } from './openagenda-file-dialog.tsx';
import { OpenAgendaSyncDialog } from './openagenda-sync-dialog.tsx';

/** Importer: an OpenAgenda v2 file, and the synchronisation with an agenda when this server reaches OpenAgenda (else it says so). */
export function OpenAgendaMenu({ structureId }: { structureId: string }) {
  const { t } = useTranslation();
  const settings = useOpenAgendaSettings();
  const [open, setOpen] = useState<'file' | 'sync' | null>(null);
  const configured = settings.data?.configured === true;
  return (
    <>
      <Menu position="bottom-end" withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconUpload size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            {t('openAgenda.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setOpen('file')}>{t('openAgenda.file.menu')}</Menu.Item>
          {configured ? (
            <Menu.Item onClick={() => setOpen('sync')}>{t('openAgenda.sync.menu')}</Menu.Item>
          ) : (
            settings.data && (
              <Text size="xs" c="dimmed" px="sm" py={6} maw={260}>
                {t('openAgenda.sync.notConfigured')}
              </Text>
            )
          )}
        </Menu.Dropdown>
      </Menu>
      <OpenAgendaFileDialog structureId={structureId} opened={open === 'file'} onClose={() => setOpen(null)} />
      {configured && (
        <OpenAgendaSyncDialog
          structureId={structureId}
          canExport={settings.data?.canExport === true}
          opened={open === 'sync'}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
