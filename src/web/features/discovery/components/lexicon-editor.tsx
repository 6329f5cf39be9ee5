import { Button, Group, Modal, Stack, TagsInput, Text } from '@mantine/core';
import { IconAbc } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { discoveryKeys, lexiconQueryOptions, saveLexicon } from '../api/discovery.ts';

function LexiconForm({ structureId, onClose }: { structureId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lexicon = useQuery(lexiconQueryOptions(structureId));
  const [words, setWords] = useState<string[] | null>(null);
  const shown = words ?? lexicon.data?.words ?? [];
  const save = useMutation({
    mutationFn: () => saveLexicon(structureId, shown, lexicon.data?.version ?? null),
    onSuccess: () => {
      notifySuccess(t('discovery.lexicon.saved'));
      onClose();
      return queryClient.invalidateQueries({ queryKey: discoveryKeys.all });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('discovery.lexicon.intro')}</Text>
      {lexicon.data?.isDefault && (
        <Text size="sm" c="dimmed">
          {t('discovery.lexicon.isDefault')}
        </Text>
      )}
      <TagsInput
        label={t('discovery.lexicon.words')}
        description={t('discovery.lexicon.wordsHint')}
        value={shown}
        onChange={setWords}
        maxTags={200}
        splitChars={[',', ';']}
        clearable
        disabled={!lexicon.data}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!lexicon.data || shown.length === 0 || words === null}>
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The structure's theme words: every search ranks candidates by them. */
export function LexiconButton({ structureId }: { structureId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconAbc size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('discovery.lexicon.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('discovery.lexicon.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {opened && <LexiconForm structureId={structureId} onClose={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
