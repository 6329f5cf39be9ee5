import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VenueMapping } from '../../../../contracts/opendata.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { deleteVenueMapping, discoveryKeys, renameVenueMapping } from '../api/discovery.ts';

/** One saved mapping: its label (members rename it) and its trash button (managers). */
function SavedMappingLine({ mapping, canDelete }: { mapping: VenueMapping; canDelete: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: discoveryKeys.all });
  const rename = useMutation({
    mutationFn: renameVenueMapping,
    onSuccess: (saved) => {
      notifySuccess(t('territoryDiscovery.savedMappings.renamed', { label: saved.label }));
      setLabel(null);
      return refresh();
    },
    onError: notifyError,
  });
  const remove = useMutation({
    mutationFn: deleteVenueMapping,
    onSuccess: () => {
      notifySuccess(t('territoryDiscovery.savedMappings.deleted', { label: mapping.label }));
      setConfirming(false);
      return refresh();
    },
    onError: notifyError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (label?.trim()) rename.mutate({ id: mapping.id, version: mapping.version, label: label.trim() });
  };
  return (
    <Paper withBorder p="xs">
      {label === null ? (
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {mapping.label}
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {mapping.name}
              </Text>
              <Badge size="xs" variant="light">
                {t(`sectors.${mapping.sector}`)}
              </Badge>
            </Group>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              onClick={() => setLabel(mapping.label)}
              aria-label={t('territoryDiscovery.savedMappings.rename', { label: mapping.label })}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            {canDelete && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                onClick={() => setConfirming(true)}
                aria-label={t('territoryDiscovery.savedMappings.delete', { label: mapping.label })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Group>
      ) : (
        <form onSubmit={onSubmit}>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('territoryDiscovery.savedMappings.label')}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              maxLength={200}
              required
              data-autofocus
              style={{ flex: 1 }}
            />
            <ActionIcon type="submit" size="lg" loading={rename.isPending} aria-label={t('actions.save')}>
              <IconCheck size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="default" size="lg" onClick={() => setLabel(null)} aria-label={t('actions.cancel')}>
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </form>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('territoryDiscovery.savedMappings.deleteTitle', { label: mapping.label })}
        message={t('territoryDiscovery.savedMappings.deleteMessage', { name: mapping.name })}
        confirmLabel={t('actions.delete')}
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(mapping.id)}
      />
    </Paper>
  );
}

/** The current structure's own column mappings (the shipped ones are read-only and not listed), folded by default. */
export function SavedMappings({ mappings }: { mappings: VenueMapping[] }) {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const [open, setOpen] = useState(false);
  const own = mappings.filter((m) => structure !== null && m.structureId === structure.id);
  if (own.length === 0 || role === null || role === 'observer') return null;
  const canDelete = role === 'manager' || role === 'coordinator';
  return (
    <Stack gap="xs">
      <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {t('territoryDiscovery.savedMappings.toggle', { count: own.length })}
      </Button>
      {open && own.map((mapping) => <SavedMappingLine key={mapping.id} mapping={mapping} canDelete={canDelete} />)}
    </Stack>
  );
}
