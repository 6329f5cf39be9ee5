import { Button, Drawer, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_FORMATS } from '../../../../contracts/vocabulary.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { currentExhibitionQueryOptions } from '../../exhibition/api/exhibition.ts';
import { useIdeaActions } from '../api/ideas.ts';

export function ProposeIdeaDrawer({ structureId, onClose }: { structureId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const exhibition = useQuery(currentExhibitionQueryOptions());
  const { propose } = useIdeaActions();
  const [values, setValues] = useState({
    title: '',
    format: 'workshop' as (typeof EVENT_FORMATS)[number],
    moduleId: null as string | null,
    theme: '',
    publics: [] as string[],
    partnersInMind: '',
    description: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = () => {
    if (values.title.trim() === '') return setErrors({ title: t('validation.required') });
    propose.mutate(
      {
        structureId,
        ...values,
        publics: values.publics as never,
        theme: values.theme || null,
        partnersInMind: values.partnersInMind || null,
        description: values.description || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('ideas.proposed'));
          onClose();
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  };
  return (
    <Drawer opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} position="right" title={t('ideas.propose')}>
      <Stack>
        <TextInput
          label={t('ideas.fields.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          required
        />
        <Select
          label={t('ideas.fields.format')}
          data={EVENT_FORMATS.map((value) => ({ value, label: t(`events.formats.${value}`) }))}
          value={values.format}
          onChange={(v) => v && set('format', v as typeof values.format)}
          allowDeselect={false}
        />
        <Select
          label={t('ideas.fields.module')}
          data={(exhibition.data?.modules ?? []).map((m) => ({ value: m.id, label: m.title }))}
          value={values.moduleId}
          onChange={(v) => set('moduleId', v)}
          clearable
        />
        <TextInput label={t('ideas.fields.theme')} value={values.theme} onChange={(e) => set('theme', e.currentTarget.value)} />
        <MultiSelect
          label={t('ideas.fields.publics')}
          data={vocabularyOptions(t).publics}
          value={values.publics}
          onChange={(v) => set('publics', v)}
        />
        <TextInput
          label={t('ideas.fields.partnersInMind')}
          value={values.partnersInMind}
          onChange={(e) => set('partnersInMind', e.currentTarget.value)}
        />
        <Textarea
          label={t('ideas.fields.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={propose.isPending}>
            {t('ideas.propose')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
