import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-message.ts';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** A failed load says what went wrong and offers a retry: nothing fails silently. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors.loadFailed')}>
      {errorMessage(error, t)}
      <Button mt="sm" size="xs" variant="white" color="red" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
        {t('actions.retry')}
      </Button>
    </Alert>
  );
}
