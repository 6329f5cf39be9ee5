import { Anchor, Badge, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationPath } from '../../../app/paths.ts';
import { type DuplicateLine, defaultChoice, updateChoice } from './duplicate-choices.ts';

interface DuplicateLineCardProps {
  line: DuplicateLine;
  choice: string | undefined;
  onChoose: (choice: string) => void;
}

/** A row of the file beside the organisations it may duplicate, and what to do with it. */
export function DuplicateLineCard({ line, choice, onChoose }: DuplicateLineCardProps) {
  const { t } = useTranslation();
  const value = choice ?? defaultChoice(line);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={2}>
            <Text size="xs" tt="uppercase" c="dimmed" fw={700}>
              {t('imports.duplicates.inFile', { line: line.line })}
            </Text>
            <Text fw={600}>{line.name}</Text>
          </Stack>
          <Stack gap={6}>
            <Text size="xs" tt="uppercase" c="dimmed" fw={700}>
              {t('imports.duplicates.inDirectory')}
            </Text>
            {line.candidates.map(({ organisation, reason }) => (
              <Stack key={organisation.id} gap={2}>
                <Anchor component={Link} to={organisationPath(organisation.id)} target="_blank" fw={600}>
                  {organisation.name}
                </Anchor>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {[organisation.postcode, organisation.city].filter(Boolean).join(' ') || t('common.notProvided')}
                  </Text>
                  <Badge variant="light" color={reason === 'name' ? 'yellow' : 'blue'} size="sm">
                    {t(`imports.duplicates.reasons.${reason}`)}
                  </Badge>
                </Group>
              </Stack>
            ))}
          </Stack>
        </SimpleGrid>
        <Radio.Group value={value} onChange={onChoose} label={t('imports.duplicates.choice', { line: line.line })}>
          <Stack gap={6} mt={6}>
            {line.candidates.map(({ organisation }) => (
              <Radio
                key={organisation.id}
                value={updateChoice(organisation.id)}
                label={t('imports.duplicates.update', { name: organisation.name })}
              />
            ))}
            <Radio
              value="create"
              label={t('imports.duplicates.create')}
              disabled={line.byIdentifier}
              description={line.byIdentifier ? t('imports.duplicates.createImpossible') : undefined}
            />
            <Radio value="skip" label={t('imports.duplicates.skip')} />
          </Stack>
        </Radio.Group>
      </Stack>
    </Paper>
  );
}
