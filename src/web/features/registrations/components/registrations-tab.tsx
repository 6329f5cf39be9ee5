import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventCheckInPath } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { eventRegistrationsQueryOptions } from '../api/registrations.ts';
import { slotCountsText } from './slot-counts.ts';

/** The Registrations tab of an event page: each slot's seats and registrants, and the way to the desk. */
export function RegistrationsTab({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(eventRegistrationsQueryOptions(eventId, ''));
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={eventCheckInPath(eventId)}>
        {t('registrations.openDesk')}
      </Anchor>
      {list.data?.slots.map((slot) => (
        <Stack key={slot.slotId} gap="xs">
          <Text fw={600}>{formatDateTime(slot.startsAt, i18n.language)}</Text>
          <Text size="sm" c="dimmed">
            {slotCountsText(slot, t)}
          </Text>
          <Table.ScrollContainer
            minWidth={360}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={formatDateTime(slot.startsAt, i18n.language)}
          >
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registrations.name')}</Table.Th>
                  <Table.Th>{t('registrations.headcount')}</Table.Th>
                  <Table.Th>{t('registrations.statusLabel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {slot.registrations.map((registration) => (
                  <Table.Tr key={registration.id}>
                    <Table.Td>{registration.groupName ? `${registration.name} (${registration.groupName})` : registration.name}</Table.Td>
                    <Table.Td>{registration.headcount}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={registration.status === 'confirmed' ? 'teal' : 'gray'}>
                        {registration.checkedInAt ? t('registrations.arrived') : t(`registrations.status.${registration.status}`)}
                        {registration.waitlistPosition ? ` #${registration.waitlistPosition}` : ''}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
