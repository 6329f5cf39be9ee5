import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type CountKey = 'toCreate' | 'toUpdate' | 'unchanged' | 'rejected' | 'skipped' | 'created' | 'updated';

/** A row of figures, each in its own box: two a line on a phone. */
export function ImportCounts({ items, busy = false }: { items: [CountKey, number][]; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: items.length }} spacing="sm" aria-busy={busy}>
      {items.map(([key, value]) => (
        <Paper key={key} withBorder p="sm" radius="md" opacity={busy ? 0.6 : 1}>
          <Text size="xl" fw={700} c={key === 'rejected' && value > 0 ? 'red.8' : undefined}>
            {value}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`imports.counts.${key}`, { count: value })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
