import { Button, Drawer, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../contracts/roles.ts';
import { PASSWORD_MIN_LENGTH, userCreateSchema } from '../../../../contracts/users.ts';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { useMe } from '../../accounts/api/me.ts';
import { roleOptions } from '../../memberships/components/role-options.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { useCreateUser } from '../api/users.ts';

interface AddUserDrawerProps {
  opened: boolean;
  onClose: () => void;
}

export function AddUserDrawer({ opened, onClose }: AddUserDrawerProps) {
  const { t } = useTranslation();
  const { isCoordinator } = useMe();
  const { structure, options } = useCurrentStructure();
  const createUser = useCreateUser();
  const emptyForm = () => ({
    name: '',
    email: '',
    password: '',
    structureId: structure?.id ?? null,
    role: 'member' as Role | null,
  });
  const form = useForm(emptyForm());

  // Start each opening from a blank form in the structure currently selected in the header.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the opening matters
  useEffect(() => {
    if (opened) form.reset(emptyForm());
  }, [opened]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { password, ...rest } = form.values;
    // An empty password means "send an invitation", which the API expresses by leaving it out.
    const checked = validate(userCreateSchema, password === '' ? rest : form.values, t);
    if (!checked.ok) return form.setErrors(checked.errors);
    createUser.mutate(checked.data, {
      onSuccess: (user) => {
        const invited = checked.data.password === undefined;
        notifySuccess(t(invited ? 'users.invited' : 'users.created', { name: user.name, email: user.email }));
        onClose();
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
      title={t('users.add')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} autoComplete="off" required data-autofocus {...form.textProps('name')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="off" required {...form.textProps('email')} />
          <PasswordField
            label={t('users.passwordOptional')}
            description={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            {...form.textProps('password')}
          />
          <Select
            label={t('fields.structure')}
            required
            data={options.map((option) => ({ value: option.id, label: option.name }))}
            value={form.values.structureId}
            onChange={(id) => form.setField('structureId', id)}
            error={form.errors.structureId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select<Role>
            label={t('fields.role')}
            required
            data={roleOptions(t, isCoordinator)}
            value={form.values.role}
            onChange={(role) => form.setField('role', role)}
            error={form.errors.role}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              {t('users.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
