import { Button, Drawer, Group, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../contracts/roles.ts';
import type { Structure } from '../../../../contracts/structures.ts';
import { membershipCreateSchema, type User } from '../../../../contracts/users.ts';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { useMe } from '../../accounts/api/me.ts';
import { useCreateMembership } from '../api/memberships.ts';
import { roleOptions } from './role-options.ts';

interface AddMemberDrawerProps {
  opened: boolean;
  onClose: () => void;
  structure: Structure;
  /** Users who are not members of this structure yet. */
  candidates: User[];
}

const EMPTY = { userId: null as string | null, role: 'member' as Role | null };

export function AddMemberDrawer({ opened, onClose, structure, candidates }: AddMemberDrawerProps) {
  const { t } = useTranslation();
  const { isCoordinator } = useMe();
  const createMembership = useCreateMembership();
  const form = useForm(EMPTY);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the opening matters
  useEffect(() => {
    if (opened) form.reset(EMPTY);
  }, [opened]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(membershipCreateSchema, { ...form.values, structureId: structure.id }, t);
    if (!checked.ok) return form.setErrors(checked.errors);
    const name = candidates.find((user) => user.id === checked.data.userId)?.name ?? '';
    createMembership.mutate(checked.data, {
      onSuccess: () => {
        notifySuccess(t('members.added', { name, structure: structure.name }));
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
      title={t('members.add')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {candidates.length === 0 ? (
        <Text>{t('members.noCandidates')}</Text>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Select
              label={t('members.person')}
              required
              searchable
              data-autofocus
              data={candidates.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
              value={form.values.userId}
              onChange={(userId) => form.setField('userId', userId)}
              error={form.errors.userId}
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
              <Button type="submit" loading={createMembership.isPending}>
                {t('members.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Drawer>
  );
}
