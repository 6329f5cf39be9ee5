import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../contracts/exports.ts';
import { withQuery } from '../../../lib/api-client.ts';

/** The lists that export, and the formats each offers (vCard is for people). */
const FORMATS = {
  partnerships: ['csv', 'xlsx'],
  organisations: ['csv', 'xlsx'],
  contacts: ['csv', 'xlsx', 'vcf'],
} as const satisfies Record<string, readonly ExportFormat[]>;

interface ExportMenuProps {
  list: keyof typeof FORMATS;
  /** The list view's filters and sort; its page and page size are left out, an export holds every row. */
  query: Record<string, string | undefined>;
}

/**
 * Downloads of the list as it is filtered: plain links, so the browser saves the file under the
 * name the server gives it (`partenariats-2026-11-30.csv`) with the session cookie.
 */
export function ExportMenu({ list, query }: ExportMenuProps) {
  const { t } = useTranslation();
  const { page: _page, pageSize: _pageSize, ...view } = query;
  return (
    // Without the initial-focus placeholder (a focusable role="presentation" that fails the menu role); arrow keys reach the items.
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
        {FORMATS[list].map((format) => (
          <Menu.Item key={format} component="a" href={withQuery(`/api/v1/${list}/export.${format}`, view)} download>
            {t(`exports.formats.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
