import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../../lib/api-client.ts';

/**
 * The events of the calendar's filters (every date) as CSV or XLSX, and the structure's public events as an
 * OpenAgenda v2 JSON file: plain links, the browser saves the server's file name.
 */
export function EventsExportMenu({ query }: { query: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withInitialFocusPlaceholder={false} withinPortal={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          {t('exports.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={withQuery(`/api/v1/events/export.${format}`, { ...query, sort: 'startsAt' })}
            download
          >
            {t(`exports.formats.${format}`)}
          </Menu.Item>
        ))}
        {query.structureId && (
          <Menu.Item component="a" href={withQuery('/api/v1/events/openagenda.json', { structureId: query.structureId })} download>
            {t('events.openAgendaFile')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
