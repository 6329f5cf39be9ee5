import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { isStaleError } from '../../../lib/error-message.ts';
import { notifyError, notifyFailure, notifySuccess } from '../../../lib/notify.tsx';
import { type ListQuery, partnershipKeys, useUpdatePartnership } from '../api/partnerships.ts';
import type { Stage } from './stage-badge.tsx';

type Page = { items: Partnership[]; total: number; page: number; pageSize: number };

const byName = (a: Partnership, b: Partnership) => a.organisation.name.localeCompare(b.organisation.name, 'fr');

/**
 * Moves a card at once (optimistic), then saves with the version it was read at. If someone
 * else changed the partnership meanwhile the server answers 409: the card goes back, the user is
 * told why, and the board reloads to show what was saved.
 */
export function useMovePartnership(columnQuery: (stage: Stage) => ListQuery) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdatePartnership();
  // A card being saved cannot move again until its new version is known: it would only earn a 409.
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const settle = (id: string) =>
    setSaving((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });

  const move = (item: Partnership, to: Stage) => {
    if (item.stage === to || saving.has(item.id)) return;
    setSaving((current) => new Set(current).add(item.id));
    const fromKey = partnershipKeys.list(columnQuery(item.stage));
    const toKey = partnershipKeys.list(columnQuery(to));
    void queryClient.cancelQueries({ queryKey: partnershipKeys.all });
    const saved = [fromKey, toKey].map((key) => [key, queryClient.getQueryData<Page>(key)] as const);
    queryClient.setQueryData<Page>(fromKey, (page) =>
      page === undefined ? page : { ...page, items: page.items.filter((other) => other.id !== item.id), total: page.total - 1 },
    );
    queryClient.setQueryData<Page>(toKey, (page) =>
      page === undefined ? page : { ...page, items: [...page.items, { ...item, stage: to }].sort(byName), total: page.total + 1 },
    );
    const names = { name: item.organisation.name, stage: t(`stages.${to}`) };
    update.mutate(
      { id: item.id, version: item.version, stage: to },
      {
        onSuccess: (saved) => {
          // The card carries its new version at once, before the board's refetch comes back.
          queryClient.setQueryData<Page>(toKey, (page) =>
            page === undefined ? page : { ...page, items: page.items.map((other) => (other.id === saved.id ? saved : other)) },
          );
          notifySuccess(t('partners.board.moved', names));
        },
        onError: (error) => {
          for (const [key, data] of saved) queryClient.setQueryData(key, data);
          if (isStaleError(error)) notifyFailure(t('partners.board.stale', names));
          else notifyError(error);
        },
        onSettled: () => settle(item.id),
      },
    );
  };
  return { move, saving };
}
