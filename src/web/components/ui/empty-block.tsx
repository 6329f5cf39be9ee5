import { EmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EmptyBlockProps {
  title: string;
  description: string;
  /** The first thing to do here, when there is one. */
  action?: ReactNode;
}

/** Says what goes here and offers the first action, instead of an empty table. */
export function EmptyBlock({ title, description, action }: EmptyBlockProps) {
  return (
    <EmptyState py="xl" title={title} description={description} icon={<IconInbox aria-hidden />} withIndicatorBackground>
      {action != null && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
