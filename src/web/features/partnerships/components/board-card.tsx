import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconCalendarDue, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { STAGES } from '../../../../contracts/vocabulary.ts';
import { organisationPath } from '../../../app/paths.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { DormantBadge } from './dormant-badge.tsx';
import type { Stage } from './stage-badge.tsx';

interface BoardCardProps {
  item: Partnership;
  owner: string | null;
  /** Absent for people who may only read: no dragging, no menu. */
  onMove?: (item: Partnership, to: Stage) => void;
  /** Its move is being saved: it waits for the new version before moving again. */
  saving?: boolean;
}

/** The keyboard way to do what dragging does (UI.md): a menu of the other stages. */
function MoveMenu({ item, onMove, disabled }: { item: Partnership; onMove: (item: Partnership, to: Stage) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal disabled={disabled}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          loading={disabled}
          aria-label={t('partners.board.moveLabel', { name: item.organisation.name })}
        >
          <IconArrowsExchange size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('partners.board.moveTo')}</Menu.Label>
        {STAGES.filter((stage) => stage !== item.stage).map((stage) => (
          <Menu.Item key={stage} onClick={() => onMove(item, stage)}>
            {t(`stages.${stage}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function CardBody({ item, owner, onMove, saving = false }: BoardCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        {/* Links are natively draggable: that would steal the pointer from the board's own drag. */}
        <Anchor component={Link} to={organisationPath(item.organisationId)} fw={600} size="sm" draggable={false}>
          {item.organisation.name}
        </Anchor>
        {onMove !== undefined && <MoveMenu item={item} onMove={onMove} disabled={saving} />}
      </Group>
      {item.dormant && (
        <Group gap={4}>
          <DormantBadge partnership={item} size="xs" />
        </Group>
      )}
      <Group gap={4} wrap="nowrap">
        <IconUser size={14} aria-hidden />
        <Text size="xs" c="dimmed">
          {owner ?? t('partners.noOwner')}
        </Text>
      </Group>
      {item.nextStepOn !== null && (
        <Group gap={4} wrap="nowrap">
          <IconCalendarDue size={14} aria-hidden />
          <Text size="xs" c="dimmed">
            {t('partners.board.nextStepOn', { date: formatDate(item.nextStepOn, i18n.language) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

export function BoardCard({ item, owner, onMove, saving = false }: BoardCardProps) {
  // No role or tabindex from dnd-kit: the card holds a link and a menu, which keyboards use instead.
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: item.id, data: { item }, disabled: onMove === undefined || saving });
  return (
    <Paper
      ref={setNodeRef}
      {...listeners}
      withBorder
      shadow="xs"
      p="sm"
      data-partnership={item.organisation.name}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: onMove === undefined ? undefined : 'grab' }}
    >
      <CardBody item={item} owner={owner} onMove={onMove} saving={saving} />
    </Paper>
  );
}
