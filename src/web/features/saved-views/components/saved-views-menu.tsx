import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconCheck, IconChevronDown, IconDeviceFloppy, IconPencil, IconSettings, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, SavedViewPage } from '../../../../contracts/saved-views.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { savedViewsQueryOptions, useCreateSavedView, useDeleteSavedView, useUpdateSavedView } from '../api/saved-views.ts';

interface SavedViewsMenuProps {
  page: SavedViewPage;
  /** The page's view as its URL query string (without `?`). */
  currentQuery: string;
  onApply: (query: string) => void;
}

function SaveDialog({ page, query, onClose }: { page: SavedViewPage; query: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSavedView();
  const [name, setName] = useState('');
  const save = () =>
    create.mutate(
      { name, page, query },
      {
        onSuccess: (view) => {
          notifySuccess(t('savedViews.saved', { name: view.name }));
          onClose();
        },
        onError: notifyError,
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('savedViews.saveTitle')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('savedViews.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={80}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" disabled={name.trim() === ''} loading={create.isPending}>
              {t('savedViews.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ManagedView({ view }: { view: SavedView }) {
  const { t } = useTranslation();
  const update = useUpdateSavedView();
  const remove = useDeleteSavedView();
  const [name, setName] = useState<string | null>(null);
  const rename = () =>
    update.mutate(
      { id: view.id, version: view.version, name: name ?? view.name },
      { onSuccess: () => setName(null), onError: notifyError },
    );
  const confirmDelete = () =>
    remove.mutate(view.id, { onSuccess: () => notifySuccess(t('savedViews.deleted', { name: view.name })), onError: notifyError });
  if (name !== null) {
    return (
      <Group gap="xs" wrap="nowrap" component="li">
        <TextInput
          aria-label={t('savedViews.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={80}
          style={{ flex: 1 }}
          data-autofocus
        />
        <ActionIcon aria-label={t('savedViews.confirmRename')} onClick={rename} loading={update.isPending} disabled={name.trim() === ''}>
          <IconCheck size={16} aria-hidden />
        </ActionIcon>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" component="li">
      <Text size="sm" truncate>
        {view.name}
      </Text>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('savedViews.rename', { name: view.name })}
          onClick={() => setName(view.name)}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('savedViews.delete', { name: view.name })}
          onClick={confirmDelete}
          loading={remove.isPending}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Group>
  );
}

function ManageDialog({ views, onClose }: { views: SavedView[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('savedViews.manageTitle')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {views.length === 0 ? (
        <Text size="sm">{t('savedViews.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {views.map((view) => (
            <ManagedView key={view.id} view={view} />
          ))}
        </Stack>
      )}
    </Modal>
  );
}

/** « Vues enregistrées »: the user's own named views of a list, to apply, save, rename or delete. */
export function SavedViewsMenu({ page, currentQuery, onApply }: SavedViewsMenuProps) {
  const { t } = useTranslation();
  const views = useQuery(savedViewsQueryOptions(page));
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const items = views.data ?? [];
  return (
    <>
      <Menu position="bottom-end" trapFocus={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {t('savedViews.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {items.length === 0 ? (
            <Menu.Label>{t('savedViews.none')}</Menu.Label>
          ) : (
            items.map((view) => (
              <Menu.Item
                key={view.id}
                onClick={() => onApply(view.query)}
                rightSection={view.query === currentQuery ? <IconCheck size={14} aria-hidden /> : undefined}
              >
                {view.name}
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => setDialog('save')}>
            {t('savedViews.saveCurrent')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSettings size={16} aria-hidden />} onClick={() => setDialog('manage')} disabled={items.length === 0}>
            {t('savedViews.manage')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'save' && <SaveDialog page={page} query={currentQuery} onClose={() => setDialog(null)} />}
      {dialog === 'manage' && <ManageDialog views={items} onClose={() => setDialog(null)} />}
    </>
  );
}
