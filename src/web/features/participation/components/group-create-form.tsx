import { Button, Card, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCreateSchema } from '../../../../contracts/groups.ts';
import { PUBLICS } from '../../../../contracts/vocabulary.ts';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useCreateGroup } from '../api/groups.ts';

export function GroupCreateForm({ structureId }: { structureId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<string | null>(null);
  const [size, setSize] = useState<string | number>('');
  const [neighbourhood, setNeighbourhood] = useState('');
  const [qpvCode, setQpvCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateGroup();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      structureId,
      name,
      public: audience,
      size: size === '' ? null : Number(size),
      neighbourhood: emptyToNull(neighbourhood),
      qpvCode: emptyToNull(qpvCode),
    };
    const checked = validate(groupCreateSchema, values, t);
    if (!checked.ok) return setErrors(checked.errors);
    create.mutate(checked.data, {
      onSuccess: (group) => {
        notifySuccess(t('participation.groups.created', { name: group.name }));
        setName('');
        setSize('');
        setNeighbourhood('');
        setQpvCode('');
        setErrors({});
      },
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-labelledby="new-group-title">
      <Stack gap="sm">
        <Text fw={600} id="new-group-title">
          {t('participation.groups.new')}
        </Text>
        <TextInput
          label={t('participation.groups.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('participation.groups.public')}
            data={PUBLICS.map((value) => ({ value, label: t(`publics.${value}`) }))}
            value={audience}
            onChange={setAudience}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            error={errors.public}
          />
          <NumberInput label={t('participation.groups.size')} min={1} value={size} onChange={setSize} error={errors.size} />
          <TextInput
            label={t('participation.groups.neighbourhood')}
            value={neighbourhood}
            onChange={(e) => setNeighbourhood(e.currentTarget.value)}
            error={errors.neighbourhood}
          />
          <TextInput
            label={t('participation.groups.qpvCode')}
            description={t('participation.groups.qpvHint')}
            value={qpvCode}
            onChange={(e) => setQpvCode(e.currentTarget.value)}
            error={errors.qpvCode}
          />
        </SimpleGrid>
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('participation.groups.create')}
        </Button>
      </Stack>
    </Card>
  );
}
