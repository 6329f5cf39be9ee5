import { ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stop } from '../../../../contracts/exhibitions.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { useMe } from '../../accounts/api/me.ts';
import { currentExhibitionQueryOptions } from '../api/exhibition.ts';
import { StopFormDrawer } from '../components/stop-form-drawer.tsx';
import { VisitsModal } from '../components/visits-modal.tsx';

/** The exhibition, its modules and its itinerary; the coordination edits the stops, each structure counts its visitors. */
export function ExhibitionPage() {
  const { t, i18n } = useTranslation();
  const exhibition = useQuery(currentExhibitionQueryOptions());
  const me = useMe();
  const [editing, setEditing] = useState<Stop | 'new' | null>(null);
  const [counting, setCounting] = useState<Stop | null>(null);
  if (exhibition.isPending) return <RecordSkeleton />;
  if (exhibition.isError) return <QueryError error={exhibition.error} onRetry={() => exhibition.refetch()} />;
  if (exhibition.data === null) return <EmptyBlock title={t('exhibition.title')} description={t('exhibition.none')} />;
  const { data } = exhibition;
  const { memberships, isCoordinator } = me;
  const canRecord = (stop: Stop) => isCoordinator || memberships.some((m) => m.structure.id === stop.structureId && m.role !== 'observer');
  const day = (date: string) => formatDate(date, i18n.language);

  return (
    <Stack>
      <PageHeader
        title={`${t('exhibition.title')} « ${data.title} »`}
        description={data.description ?? data.theme}
        actions={
          isCoordinator && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('exhibition.addStop')}
            </Button>
          )
        }
      />
      <Title order={2} size="h3">
        {t('exhibition.modules')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {data.modules.map((module) => (
          <Card key={module.id} withBorder>
            <Text fw={600}>
              {module.position}. {module.title}
            </Text>
            {module.description && (
              <Text size="sm" c="dimmed">
                {module.description}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt="md">
        <Title order={2} size="h3">
          {t('exhibition.itinerary')}
        </Title>
        <Badge variant="light">{t('exhibition.stopsCount', { count: data.stops.length })}</Badge>
      </Group>
      <Table.ScrollContainer minWidth={760}>
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
            {data.stops.map((stop) => (
              <Table.Tr key={stop.id}>
                <Table.Td fw={700}>{stop.departement}</Table.Td>
                <Table.Td>{stop.structure.name}</Table.Td>
                <Table.Td>
                  {stop.venue?.name ?? (
                    <Text c="dimmed" size="sm">
                      {t('exhibition.noVenue')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{day(stop.installFrom)}</Table.Td>
                <Table.Td fw={600}>{day(stop.opensOn)}</Table.Td>
                <Table.Td fw={600}>{day(stop.closesOn)}</Table.Td>
                <Table.Td>{day(stop.removalUntil)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('exhibition.visits')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('exhibition.visits')} – ${stop.structure.name}`}
                        onClick={() => setCounting(stop)}
                      >
                        <IconUsers size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    {isCoordinator && (
                      <Tooltip label={t('exhibition.editStop')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('exhibition.editStop')} – ${stop.structure.name}`}
                          onClick={() => setEditing(stop)}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing !== null && (
        <StopFormDrawer exhibitionId={data.id} stop={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {counting !== null && <VisitsModal stop={counting} canRecord={canRecord(counting)} onClose={() => setCounting(null)} />}
    </Stack>
  );
}
