import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown on a 409: someone saved first. Reloading shows their version; the user then redoes their change. */
export function StaleAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconUsers aria-hidden />} title={t('errors.stale')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.staleHint')}</Text>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onReload}>
          {t('actions.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
