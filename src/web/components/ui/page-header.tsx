import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../lib/use-page-title.ts';

interface PageHeaderProps {
  title: string;
  description?: string;
  /** Key facts shown under the title, such as badges. */
  facts?: ReactNode;
  /** Actions on the top right, as UI.md puts them on record pages. */
  actions?: ReactNode;
}

export function PageHeader({ title, description, facts, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description !== undefined && <Text c="dimmed">{description}</Text>}
        {facts}
      </Stack>
      {actions}
    </Group>
  );
}
