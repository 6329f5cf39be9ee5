import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Structure } from '../../../../contracts/structures.ts';
import { administrationTabPath } from '../../../app/paths.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { notifyError, notifySuccess, notifyWithUndo } from '../../../lib/notify.tsx';
import { restoreFromTrash } from '../../audit/api/trash.ts';
import { useDeleteStructure } from '../api/structures.ts';

export function DeleteStructureButton({ structure }: { structure: Structure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const deleteStructure = useDeleteStructure();
  const queryClient = useQueryClient();

  // Runs after this page has been left for the structures list, where the restored row reappears.
  const undo = () =>
    restoreFromTrash(queryClient, { entityType: 'structure', entityId: structure.id }).then(
      () => notifySuccess(t('trash.restored', { label: structure.name })),
      notifyError,
    );

  const onConfirm = () =>
    deleteStructure.mutate(structure.id, {
      onSuccess: ({ trash }) => {
        modal.close();
        void navigate(administrationTabPath('structures'));
        const message = t('structure.deleted', { name: structure.name });
        if (trash) notifyWithUndo(message, undo);
        else notifySuccess(message);
      },
      onError: notifyError,
    });

  return (
    <>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={modal.open}>
        {t('actions.delete')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        title={t('structure.deleteTitle', { name: structure.name })}
        message={t('structure.deleteText')}
        confirmLabel={t('actions.delete')}
        loading={deleteStructure.isPending}
        onConfirm={onConfirm}
      />
    </>
  );
}
