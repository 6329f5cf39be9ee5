import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SECTORS } from '../../../../contracts/vocabulary.ts';

export type Sector = (typeof SECTORS)[number];

export function SectorBadge({ sector }: { sector: Sector }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="light" tt="none" miw="max-content">
      {t(`sectors.${sector}`)}
    </Badge>
  );
}
