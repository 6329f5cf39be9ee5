import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_PATH } from '../../../app/paths.ts';
import { ExportMenu } from '../../exports/components/export-menu.tsx';

interface ImportExportActionsProps {
  /** The partners list's query (filters, sort, page): the export keeps all but the page. */
  query: Record<string, string | undefined>;
  canImport: boolean;
}

/** The partners list's way in and out: the import wizard, for those who write the directory, and the export menu. */
export function ImportExportActions({ query, canImport }: ImportExportActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {canImport && (
        <Button component={Link} to={IMPORT_PATH} variant="default" leftSection={<IconFileImport size={18} aria-hidden />}>
          {t('imports.button')}
        </Button>
      )}
      <ExportMenu list="partnerships" query={query} />
    </>
  );
}
