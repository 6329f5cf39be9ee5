import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';

/** Counts as horizontal bars scaled to the largest, each labelled from a vocabulary catalogue. */
export function TallyBars<K extends string>({
  title,
  tally,
  labelOf,
}: {
  title: string;
  tally: { key: K; count: number }[];
  labelOf: (key: K) => string;
}) {
  const max = Math.max(1, ...tally.map((entry) => entry.count));
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap={6}>
        {tally.map(({ key, count }) => (
          <div key={key}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate>
                {labelOf(key)}
              </Text>
              <Text size="sm" fw={600}>
                {count}
              </Text>
            </Group>
            <Progress value={(count / max) * 100} size="sm" aria-hidden />
          </div>
        ))}
      </Stack>
    </Card>
  );
}
