import { List, Skeleton, Stack, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, EntityType } from '../../../../contracts/audit.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { historyQueryOptions } from '../api/history.ts';
import { changeValue, fieldLabel, isVisibleChange } from './change-value.ts';

const ACTION_ICONS = { create: IconPlus, update: IconPencil, delete: IconTrash, restore: IconRestore } as const;

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const actor = entry.actor?.name ?? t('history.system');
  const changes = entry.changes.filter(isVisibleChange);
  return (
    <>
      <Text size="sm" c="dimmed">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> · {t('history.by', { name: actor })}
      </Text>
      {changes.length > 0 && (
        <List size="sm" mt={4} spacing={2}>
          {changes.map((change) => (
            <List.Item key={change.field}>
              {t('history.change', {
                field: fieldLabel(change.field, t),
                before: changeValue(change.field, change.before, t),
                after: changeValue(change.field, change.after, t),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/** Who changed what and when on one record, newest first. Reusable for any audited entity. */
export function HistoryPanel({ entityType, id }: { entityType: EntityType; id: string }) {
  const { t } = useTranslation();
  const history = useQuery(historyQueryOptions(entityType, id));
  if (history.isPending) {
    return (
      <Stack gap="lg" aria-busy="true">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <Skeleton height={56} />
        <Skeleton height={56} />
        <Skeleton height={56} />
      </Stack>
    );
  }
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) {
    return <EmptyBlock title={t('history.emptyTitle')} description={t('history.emptyText')} />;
  }
  return (
    <Timeline bulletSize={28} lineWidth={2}>
      {history.data.map((entry) => {
        const Icon = ACTION_ICONS[entry.action];
        return (
          <Timeline.Item key={entry.id} bullet={<Icon size={14} aria-hidden />} title={t(`history.actions.${entry.action}`)}>
            <HistoryEntry entry={entry} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
