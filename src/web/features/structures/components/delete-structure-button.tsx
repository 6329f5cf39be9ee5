import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Structure } from '../../../../contracts/structures.ts';
import { administrationTabPath, structurePath } from '../../../app/paths.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { notifyError, notifySuccess, notifyWithUndo } from '../../../lib/notify.tsx';
import { useRestore } from '../../audit/api/trash.ts';
import { useDeleteStructure } from '../api/structures.ts';

export function DeleteStructureButton({ structure }: { structure: Structure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const deleteStructure = useDeleteStructure();
  const restore = useRestore();

  const undo = () =>
    restore.mutate(
      { entityType: 'structure', entityId: structure.id },
      {
        onSuccess: () => {
          notifySuccess(t('trash.restored', { label: structure.name }));
          void navigate(structurePath(structure.id));
        },
        onError: notifyError,
      },
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
