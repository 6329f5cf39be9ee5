import { ActionIcon, Box, Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Stop } from '../../../../contracts/exhibitions.ts';
import { formatDate } from '../../../lib/format-date-time.ts';

type Props = { stops: Stop[]; canEdit: boolean; onEdit: (stop: Stop) => void; onCount: (stop: Stop) => void };

function StopActions({ stop, canEdit, onEdit, onCount }: Omit<Props, 'stops'> & { stop: Stop }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('exhibition.visits')}>
        <ActionIcon variant="subtle" aria-label={`${t('exhibition.visits')} – ${stop.structure.name}`} onClick={() => onCount(stop)}>
          <IconUsers size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {canEdit && (
        <Tooltip label={t('exhibition.editStop')}>
          <ActionIcon variant="subtle" aria-label={`${t('exhibition.editStop')} – ${stop.structure.name}`} onClick={() => onEdit(stop)}>
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** The stops: a table from tablet width up, one card per stop on a phone (no sideways scrolling). */
export function Itinerary({ stops, ...actions }: Props) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatDate(date, i18n.language);
  const venueOf = (stop: Stop) =>
    stop.venue?.name ?? (
      <Text span c="dimmed" size="sm">
        {t('exhibition.noVenue')}
      </Text>
    );
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={760} type="native" tabIndex={0} role="region" aria-label={t('exhibition.itinerary')}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exhibition.columns.departement')}</Table.Th>
                <Table.Th>{t('exhibition.columns.structure')}</Table.Th>
                <Table.Th>{t('exhibition.columns.venue')}</Table.Th>
                <Table.Th>{t('exhibition.columns.install')}</Table.Th>
                <Table.Th>{t('exhibition.columns.open')}</Table.Th>
                <Table.Th>{t('exhibition.columns.close')}</Table.Th>
                <Table.Th>{t('exhibition.columns.removal')}</Table.Th>
                <Table.Th>{t('exhibition.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stops.map((stop) => (
                <Table.Tr key={stop.id}>
                  <Table.Td fw={700}>{stop.departement}</Table.Td>
                  <Table.Td>{stop.structure.name}</Table.Td>
                  <Table.Td>{venueOf(stop)}</Table.Td>
                  <Table.Td>{day(stop.installFrom)}</Table.Td>
                  <Table.Td fw={600}>{day(stop.opensOn)}</Table.Td>
                  <Table.Td fw={600}>{day(stop.closesOn)}</Table.Td>
                  <Table.Td>{day(stop.removalUntil)}</Table.Td>
                  <Table.Td>
                    <StopActions stop={stop} {...actions} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack gap="xs" hiddenFrom="sm">
        {stops.map((stop) => (
          <Card key={stop.id} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={700}>
                  {stop.departement} · {stop.structure.name}
                </Text>
                <Text size="sm">{venueOf(stop)}</Text>
                <Text size="sm" fw={600}>
                  {t('exhibition.columns.open')} {day(stop.opensOn)} → {day(stop.closesOn)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('exhibition.columns.install')} {day(stop.installFrom)} · {t('exhibition.columns.removal')} {day(stop.removalUntil)}
                </Text>
              </Stack>
              <StopActions stop={stop} {...actions} />
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
