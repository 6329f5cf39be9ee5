import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Group, Paper, ScrollArea } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { STAGES } from '../../../../contracts/vocabulary.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { type ListQuery, partnershipsQueryOptions } from '../api/partnerships.ts';
import { CardBody } from './board-card.tsx';
import { BoardColumn, COLUMN_WIDTH } from './board-column.tsx';
import { type Filters, filtersQuery } from './partners-view.ts';
import type { Stage } from './stage-badge.tsx';
import { useMovePartnership } from './use-move-partnership.ts';

/** A column shows up to this many cards; the list view pages through the rest. */
const COLUMN_LIMIT = '100';

interface PartnersBoardProps {
  structureId: string;
  filters: Filters;
  ownerNames: Map<string, string>;
  canWrite: boolean;
  /** The list view filtered on one stage, for columns longer than the board shows. */
  stageListHref: (stage: Stage) => string;
}

const itemOf = (data: unknown): Partnership | undefined => (data as { item?: Partnership } | undefined)?.item;

/** The pointer decides where a card lands; on touch, where the card overlaps most. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/** What screen readers hear while a card is dragged, in the interface's language. */
function announcements(t: TFunction): Announcements {
  const name = (data: unknown) => itemOf(data)?.organisation.name ?? '';
  const stage = (id: unknown) => t(`stages.${String(id) as Stage}`);
  return {
    onDragStart: ({ active }) => t('partners.board.announce.start', { name: name(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over === null
        ? t('partners.board.announce.outside', { name: name(active.data.current) })
        : t('partners.board.announce.over', { name: name(active.data.current), stage: stage(over.id) }),
    onDragEnd: ({ active, over }) =>
      over === null
        ? t('partners.board.announce.cancel', { name: name(active.data.current) })
        : t('partners.board.announce.drop', { name: name(active.data.current), stage: stage(over.id) }),
    onDragCancel: ({ active }) => t('partners.board.announce.cancel', { name: name(active.data.current) }),
  };
}

export function PartnersBoard({ structureId, filters, ownerNames, canWrite, stageListHref }: PartnersBoardProps) {
  const { t } = useTranslation();
  const columnQuery = useCallback(
    (stage: Stage): ListQuery => ({
      ...filtersQuery({ ...filters, stage: undefined }, structureId),
      stage,
      pageSize: COLUMN_LIMIT,
      sort: 'organisationName',
    }),
    [filters, structureId],
  );
  const columns = useQueries({ queries: STAGES.map((stage) => partnershipsQueryOptions(columnQuery(stage))) });
  const { move, saving } = useMovePartnership(columnQuery);
  const [dragged, setDragged] = useState<Partnership | null>(null);
  // A few pixels before a drag starts, so a click on the name still opens the organisation;
  // a long press on touch screens, so a swipe still scrolls the board.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  const failed = columns.find((column) => column.isError);
  if (failed !== undefined) {
    return <QueryError error={failed.error} onRetry={() => columns.forEach((column) => void column.refetch())} />;
  }

  const onDragStart = ({ active }: DragStartEvent) => setDragged(itemOf(active.data.current) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const item = itemOf(active.data.current);
    if (item !== undefined && over !== null) move(item, over.id as Stage);
  };
  const ownerOf = (item: Partnership) => (item.ownerId === null ? null : (ownerNames.get(item.ownerId) ?? t('partners.unknownPerson')));

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{
        announcements: announcements(t),
        screenReaderInstructions: { draggable: t('partners.board.instructions') },
      }}
    >
      <ScrollArea type="auto" offsetScrollbars="x">
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {STAGES.map((stage, index) => (
            <BoardColumn
              key={stage}
              stage={stage}
              items={columns[index]?.data?.items}
              total={columns[index]?.data?.total}
              ownerNames={ownerNames}
              onMove={canWrite ? move : undefined}
              saving={saving}
              listHref={stageListHref(stage)}
            />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>
        {dragged !== null && (
          <Paper withBorder shadow="md" p="sm" w={COLUMN_WIDTH - 24} style={{ cursor: 'grabbing' }}>
            <CardBody item={dragged} owner={ownerOf(dragged)} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
