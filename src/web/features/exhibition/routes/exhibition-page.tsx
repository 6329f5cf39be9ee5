import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stop } from '../../../../contracts/exhibitions.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { currentExhibitionQueryOptions } from '../api/exhibition.ts';
import { Itinerary } from '../components/itinerary.tsx';
import { StopFormDrawer } from '../components/stop-form-drawer.tsx';
import { VisitsModal } from '../components/visits-modal.tsx';

/** The exhibition, its modules and its itinerary; the coordination edits the stops, each structure counts its visitors. */
export function ExhibitionPage() {
  const { t } = useTranslation();
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
      <Itinerary stops={data.stops} canEdit={isCoordinator} onEdit={setEditing} onCount={setCounting} />
      {editing !== null && (
        <StopFormDrawer exhibitionId={data.id} stop={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {counting !== null && <VisitsModal stop={counting} canRecord={canRecord(counting)} onClose={() => setCounting(null)} />}
    </Stack>
  );
}
