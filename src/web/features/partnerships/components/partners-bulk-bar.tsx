import { Button, Checkbox, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowsExchange, IconTag, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../../contracts/partnerships.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { useBulkUpdatePartnerships } from '../api/partnerships.ts';

type Kind = 'tag' | 'owner' | 'stage';
const NO_OWNER = '';

interface PartnersBulkBarProps {
  pageIds: string[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  members: Member[];
}

/** What the dialog asks for, as the action it becomes (null until it is complete). */
function actionOf(kind: Kind, value: string | null, removeTag: boolean): BulkAction | null {
  if (value === null) return null;
  if (kind === 'tag') return value.trim() === '' ? null : { type: removeTag ? 'remove_tag' : 'add_tag', tag: value.trim() };
  if (kind === 'owner') return { type: 'owner', ownerId: value === NO_OWNER ? null : value };
  return { type: 'stage', stage: value as Extract<BulkAction, { type: 'stage' }>['stage'] };
}

function BulkDialog({
  kind,
  ids,
  members,
  onClose,
  onDone,
}: {
  kind: Kind;
  ids: string[];
  members: Member[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const bulk = useBulkUpdatePartnerships();
  const [value, setValue] = useState<string | null>(kind === 'tag' ? '' : null);
  const [removeTag, setRemoveTag] = useState(false);
  const action = actionOf(kind, value, removeTag);
  const submit = () => {
    if (action === null) return;
    bulk.mutate(
      { ids, action },
      {
        onSuccess: ({ updated }) => {
          notifySuccess(t('partnerLists.bulk.done', { count: updated }));
          onDone();
        },
        onError: notifyError,
      },
    );
  };
  const stages = vocabularyOptions(t).stages;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`partnerLists.bulk.titles.${kind}`, { count: ids.length })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="md">
        {kind === 'tag' && (
          <>
            <SegmentedControl
              value={removeTag ? 'remove' : 'add'}
              onChange={(v) => setRemoveTag(v === 'remove')}
              data={[
                { value: 'add', label: t('partnerLists.bulk.addTag') },
                { value: 'remove', label: t('partnerLists.bulk.removeTag') },
              ]}
            />
            <TextInput
              label={t('partners.filters.tag')}
              value={value ?? ''}
              onChange={(event) => setValue(event.currentTarget.value)}
              maxLength={40}
              data-autofocus
            />
            <Text size="sm" c="dimmed">
              {t('partnerLists.bulk.tagHint')}
            </Text>
          </>
        )}
        {kind === 'owner' && (
          <Select
            label={t('partners.fields.owner')}
            data={[
              { value: NO_OWNER, label: t('partners.noOwner') },
              ...members.map((member) => ({ value: member.id, label: member.name })),
            ]}
            value={value}
            onChange={setValue}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
          />
        )}
        {kind === 'stage' && <Select label={t('partners.fields.stage')} data={stages} value={value} onChange={setValue} />}
        <Text size="sm">{t('partnerLists.bulk.confirm', { count: ids.length })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} disabled={action === null} loading={bulk.isPending}>
            {t('partnerLists.bulk.apply', { count: ids.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Above the table: select the page's rows, then tag, assign or move them together. */
export function PartnersBulkBar({ pageIds, selected, onSelect, members }: PartnersBulkBarProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind | null>(null);
  const onPage = pageIds.filter((id) => selected.has(id)).length;
  const all = onPage === pageIds.length && pageIds.length > 0;
  const ids = [...selected];
  return (
    <Paper withBorder p="xs" mb="sm" bg={ids.length > 0 ? 'blue.0' : undefined}>
      <Group justify="space-between" gap="xs">
        <Checkbox
          label={ids.length > 0 ? t('partnerLists.bulk.selected', { count: ids.length }) : t('partnerLists.bulk.selectPage')}
          checked={all}
          indeterminate={onPage > 0 && !all}
          onChange={() => onSelect(all ? new Set() : new Set(pageIds))}
        />
        {ids.length > 0 && (
          <Group gap="xs" role="group" aria-label={t('partnerLists.bulk.actions')}>
            <Button size="compact-sm" variant="default" leftSection={<IconTag size={14} aria-hidden />} onClick={() => setKind('tag')}>
              {t('partnerLists.bulk.tag')}
            </Button>
            <Button size="compact-sm" variant="default" leftSection={<IconUser size={14} aria-hidden />} onClick={() => setKind('owner')}>
              {t('partnerLists.bulk.owner')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconArrowsExchange size={14} aria-hidden />}
              onClick={() => setKind('stage')}
            >
              {t('partnerLists.bulk.stage')}
            </Button>
          </Group>
        )}
      </Group>
      {kind !== null && (
        <BulkDialog
          kind={kind}
          ids={ids}
          members={members}
          onClose={() => setKind(null)}
          onDone={() => {
            setKind(null);
            onSelect(new Set());
          }}
        />
      )}
    </Paper>
  );
}
