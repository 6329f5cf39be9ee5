import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLICS } from '../../../../contracts/vocabulary.ts';

export type AgendaFilterValues = { from: string; commune: string; public: string; q: string };

/** Date, commune, public and words: applied together when the form is sent, so each keystroke does not reload the list. */
export function AgendaFilters({ values, onApply }: { values: AgendaFilterValues; onApply: (values: AgendaFilterValues) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(values);
  const set = (key: keyof AgendaFilterValues) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const empty = { from: '', commune: '', public: '', q: '' };
  return (
    <search>
      <form onSubmit={submit} aria-label={t('publicAgenda.filters.label')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label={t('publicAgenda.filters.q')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={draft.q}
            maxLength={200}
            onChange={(e) => set('q')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('publicAgenda.filters.from')}
            value={draft.from}
            onChange={(e) => set('from')(e.currentTarget.value)}
          />
          <TextInput
            label={t('publicAgenda.filters.commune')}
            placeholder={t('publicAgenda.filters.communePlaceholder')}
            value={draft.commune}
            maxLength={100}
            onChange={(e) => set('commune')(e.currentTarget.value)}
          />
          <Select
            label={t('publicAgenda.filters.public')}
            placeholder={t('publicAgenda.filters.all')}
            data={PUBLICS.map((value) => ({ value, label: t(`publics.${value}`) }))}
            value={draft.public || null}
            onChange={(value) => set('public')(value ?? '')}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
        </SimpleGrid>
        <Group mt="sm" gap="xs">
          <Button type="submit">{t('publicAgenda.filters.apply')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft(empty);
              onApply(empty);
            }}
          >
            {t('publicAgenda.filters.reset')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
