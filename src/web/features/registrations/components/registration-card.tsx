import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../../../contracts/registrations.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';

type Props = { registration: Registration; onCheckIn: () => void; pending: boolean };

/** One registrant at the desk: who, how many, and one big button a thumb can reach. */
export function RegistrationCard({ registration, onCheckIn, pending }: Props) {
  const { t, i18n } = useTranslation();
  const confirmed = registration.status === 'confirmed';
  return (
    <Card withBorder padding="sm" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={600}>{registration.name}</Text>
            {registration.groupName && (
              <Text size="sm" c="dimmed">
                {registration.groupName}
              </Text>
            )}
          </div>
          <Badge variant="light" color={confirmed ? 'teal' : 'gray'}>
            {t('registrations.seats', { count: registration.headcount })}
          </Badge>
        </Group>
        {registration.checkedInAt ? (
          <Text c="teal.8" fw={600}>
            {t('registrations.checkedInAt', { time: formatDateTime(registration.checkedInAt, i18n.language) })}
          </Text>
        ) : confirmed ? (
          <Button size="lg" fullWidth leftSection={<IconCheck aria-hidden />} loading={pending} onClick={onCheckIn}>
            {t('registrations.checkIn')}
          </Button>
        ) : (
          <Text c="dimmed">{t(`registrations.status.${registration.status}`)}</Text>
        )}
      </Stack>
    </Card>
  );
}
