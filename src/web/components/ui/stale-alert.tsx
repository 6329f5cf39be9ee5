import { Alert, Button } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown on a 409: someone saved first. Reloading shows their version; the user then redoes their change. */
export function StaleAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconUsers aria-hidden />} title={t('errors.stale')} role="alert">
      {t('errors.staleHint')}
      <Button mt="sm" size="xs" variant="white" color="orange" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onReload}>
        {t('actions.reload')}
      </Button>
    </Alert>
  );
}
