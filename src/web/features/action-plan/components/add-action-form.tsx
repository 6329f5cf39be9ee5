import { Button, Card, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionCreateSchema } from '../../../../contracts/action-plans.ts';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import type { Member } from '../../memberships/api/structure-members.ts';
import { useAddAction } from '../api/action-plans.ts';

/** A new action, with at most one indicator to start with. */
export function AddActionForm({ planId, members }: { planId: string; members: Member[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [startOn, setStartOn] = useState('');
  const [deadline, setDeadline] = useState('');
  const [indicator, setIndicator] = useState('');
  const [unit, setUnit] = useState('');
  const [target, setTarget] = useState<string | number>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useAddAction();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const indicators =
      indicator.trim() === '' ? [] : [{ label: indicator, unit: emptyToNull(unit), target: Number(target || 0), actual: 0 }];
    const values = {
      title,
      description: emptyToNull(description),
      theme: emptyToNull(theme),
      ownerId,
      startOn: emptyToNull(startOn),
      deadline: emptyToNull(deadline),
      indicators,
    };
    const checked = validate(actionCreateSchema, values, t);
    if (!checked.ok) return setErrors(checked.errors);
    add.mutate(
      { planId, ...checked.data },
      {
        onSuccess: (action) => {
          notifySuccess(t('actionPlan.actionAdded', { title: action.title }));
          for (const reset of [setTitle, setDescription, setTheme, setStartOn, setDeadline, setIndicator, setUnit]) reset('');
          setTarget('');
          setErrors({});
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  };

  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-labelledby="add-action-title">
      <Stack gap="sm">
        <Text fw={600} id="add-action-title">
          {t('actionPlan.addAction')}
        </Text>
        <TextInput
          label={t('actionPlan.fields.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('actionPlan.fields.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('actionPlan.fields.theme')}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value)}
            error={errors.theme}
          />
          <Select
            label={t('actionPlan.fields.owner')}
            data={members.map((m) => ({ value: m.id, label: m.name }))}
            value={ownerId}
            onChange={setOwnerId}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            error={errors.ownerId}
          />
          <TextInput
            type="date"
            label={t('actionPlan.fields.startOn')}
            value={startOn}
            onChange={(e) => setStartOn(e.currentTarget.value)}
            error={errors.startOn}
          />
          <TextInput
            type="date"
            label={t('actionPlan.fields.deadline')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={errors.deadline}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('actionPlan.fields.indicator')}
            value={indicator}
            onChange={(e) => setIndicator(e.currentTarget.value)}
            error={errors.indicators}
          />
          <TextInput label={t('actionPlan.fields.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
          <NumberInput label={t('actionPlan.fields.target')} min={0} value={target} onChange={setTarget} />
        </SimpleGrid>
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('actionPlan.saveAction')}
        </Button>
      </Stack>
    </Card>
  );
}
