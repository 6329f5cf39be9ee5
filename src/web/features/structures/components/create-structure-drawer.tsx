import { Button, Drawer, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { IDF_DEPARTEMENTS, STRUCTURE_KINDS, type StructureKind } from '../../../../contracts/roles.ts';
import { structureCreateSchema } from '../../../../contracts/structures.ts';
import { structurePath } from '../../../app/paths.ts';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { useCreateStructure } from '../api/structures.ts';

interface CreateStructureDrawerProps {
  opened: boolean;
  onClose: () => void;
}

const EMPTY = { code: '', name: '', kind: 'local' as StructureKind | null, departement: null as string | null };

/** Just what identifies a structure; its contact details are filled in on its record page, opened next. */
export function CreateStructureDrawer({ opened, onClose }: CreateStructureDrawerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createStructure = useCreateStructure();
  const form = useForm(EMPTY);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the opening matters
  useEffect(() => {
    if (opened) form.reset(EMPTY);
  }, [opened]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form.values, code: form.values.code.trim().toUpperCase() };
    const checked = validate(structureCreateSchema, values, t);
    if (!checked.ok) return form.setErrors(checked.errors);
    createStructure.mutate(checked.data, {
      onSuccess: (structure) => {
        notifySuccess(t('structures.created', { name: structure.name }));
        onClose();
        void navigate(structurePath(structure.id));
      },
      onError: (error) => {
        form.setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={t('structures.add')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} required data-autofocus {...form.textProps('name')} />
          <TextInput label={t('fields.code')} description={t('structures.codeHint')} required {...form.textProps('code')} />
          <Select<StructureKind>
            label={t('fields.kind')}
            required
            data={STRUCTURE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            value={form.values.kind}
            onChange={(kind) => form.setField('kind', kind)}
            error={form.errors.kind}
            allowDeselect={false}
          />
          <Select
            label={t('fields.departement')}
            data={IDF_DEPARTEMENTS.map((departement) => ({ value: departement, label: departement }))}
            value={form.values.departement}
            onChange={(departement) => form.setField('departement', departement)}
            error={form.errors.departement}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={createStructure.isPending}>
              {t('structures.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
