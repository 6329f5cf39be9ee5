import { Button, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CoverageGap } from '../../../../contracts/territory.ts';
import { coverageGapsQueryOptions } from '../api/territory.ts';

interface GapListProps {
  structureId: string;
  onOpen: (gap: CoverageGap) => void;
}

/** The matrices' zero cells as a list, for phones where a wide table is hard to read. */
export function GapList({ structureId, onOpen }: GapListProps) {
  const { t } = useTranslation();
  const gaps = useQuery(coverageGapsQueryOptions(structureId));
  if (!gaps.data) return null;
  return (
    <Stack gap="xs" hiddenFrom="sm" component="section" aria-labelledby="gap-list-title">
      <Title order={2} size="h3" id="gap-list-title">
        {t('territoryDiscovery.gaps.listTitle', { count: gaps.data.items.length })}
      </Title>
      {gaps.data.items.length === 0 && <Text size="sm">{t('territoryDiscovery.gaps.none')}</Text>}
      <Spoiler maxHeight={320} showLabel={t('territoryDiscovery.gaps.showAll')} hideLabel={t('territoryDiscovery.gaps.showFewer')}>
        <Stack gap="xs">
          {gaps.data.items.map((gap) => (
            <Button
              key={`${gap.sector ?? gap.inseeCode}-${gap.objective}`}
              variant="default"
              justify="space-between"
              fullWidth
              onClick={() => onOpen(gap)}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              h="auto"
              py={8}
            >
              {t('territoryDiscovery.gaps.item', { label: gap.label, objective: t(`objectives.${gap.objective}`) })}
            </Button>
          ))}
        </Stack>
      </Spoiler>
    </Stack>
  );
}
