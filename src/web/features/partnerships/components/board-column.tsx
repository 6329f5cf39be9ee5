import { useDroppable } from '@dnd-kit/core';
import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { BoardCard } from './board-card.tsx';
import { STAGE_COLORS, type Stage } from './stage-badge.tsx';

interface BoardColumnProps {
  stage: Stage;
  items: Partnership[] | undefined;
  total: number | undefined;
  ownerNames: Map<string, string>;
  onMove?: (item: Partnership, to: Stage) => void;
  /** Cards whose move is being saved. */
  saving: ReadonlySet<string>;
  /** Where the rest of a column too long for the board can be read. */
  listHref: string;
}

export const COLUMN_WIDTH = 272;

export function BoardColumn({ stage, items, total, ownerNames, onMove, saving, listHref }: BoardColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const titleId = `stage-${stage}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="sm"
      bg={isOver ? 'teal.0' : 'gray.0'}
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      mih={240}
      data-stage={stage}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h5" id={titleId}>
          {t(`stages.${stage}`)}
        </Title>
        <Badge color={STAGE_COLORS[stage]} variant="light" aria-label={t('partners.board.count', { count: total ?? 0 })}>
          {total ?? '…'}
        </Badge>
      </Group>
      <Stack gap="xs">
        {items === undefined && [0, 1].map((index) => <Skeleton key={index} height={72} />)}
        {items?.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('partners.board.emptyColumn')}
          </Text>
        )}
        {items?.map((item) => (
          <BoardCard
            key={item.id}
            item={item}
            owner={item.ownerId === null ? null : (ownerNames.get(item.ownerId) ?? t('partners.unknownPerson'))}
            onMove={onMove}
            saving={saving.has(item.id)}
          />
        ))}
        {items !== undefined && total !== undefined && total > items.length && (
          <Anchor component={Link} to={listHref} size="sm">
            {t('partners.board.more', { count: total - items.length })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
