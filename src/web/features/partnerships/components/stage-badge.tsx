import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { STAGES } from '../../../../contracts/vocabulary.ts';

export type Stage = (typeof STAGES)[number];

/** Colour only repeats the stage written in the badge: cool while it grows, warm when it stops. */
export const STAGE_COLORS: Record<Stage, MantineColor> = {
  identified: 'gray',
  contacted: 'blue',
  in_discussion: 'indigo',
  committed: 'violet',
  active: 'teal',
  durable: 'green',
  declined: 'red',
  dormant: 'orange',
};

export function StageBadge({ stage, size = 'md' }: { stage: Stage; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" tt="none" miw="max-content" size={size}>
      {t(`stages.${stage}`)}
    </Badge>
  );
}
