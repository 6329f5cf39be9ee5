import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Last resort when a page throws while rendering: say so, and offer a way out. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('errors.pageTitle')}
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('errors.pageText')}
        </Alert>
        <Button component={Link} to="/" variant="light" w="fit-content">
          {t('errors.backHome')}
        </Button>
      </Stack>
    </Container>
  );
}
