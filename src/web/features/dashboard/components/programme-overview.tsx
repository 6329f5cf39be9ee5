import { Anchor, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORTS_PATH } from '../../../app/paths.ts';
import { parisToday } from '../../../lib/paris-time.ts';
import { AtRiskList } from '../../reports/components/at-risk-list.tsx';
import { ProgrammeFigures } from '../../reports/components/programme-figures.tsx';
import { RetentionTable } from '../../reports/components/retention-table.tsx';
import type { StructureSummary } from '../../structures/components/current-structure-context.ts';

/** This year's figures, partners at risk and retention, for the current structure or for every structure the user reads. */
export function ProgrammeOverview({ structure, several }: { structure: StructureSummary; several: boolean }) {
  const { t } = useTranslation();
  // The coordination follows no partner itself: it opens on every structure.
  const [scope, setScope] = useState<'structure' | 'all'>(several && structure.kind === 'coordination' ? 'all' : 'structure');
  const today = parisToday();
  const structureId = scope === 'all' ? undefined : structure.id;
  return (
    <Stack gap="md" component="section" aria-labelledby="programme-title">
      <Group justify="space-between" gap="sm">
        <div>
          <Title order={2} size="h3" id="programme-title">
            {t('dashboard.programmeTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.programmePeriod', { year: today.slice(0, 4) })}
          </Text>
        </div>
        <Group gap="sm">
          {several && (
            <SegmentedControl
              value={scope}
              onChange={(value) => setScope(value as 'structure' | 'all')}
              data={[
                { value: 'structure', label: structure.name },
                { value: 'all', label: t('dashboard.allStructures') },
              ]}
              aria-label={t('dashboard.scopeLabel')}
            />
          )}
          <Anchor component={Link} to={REPORTS_PATH} size="sm">
            {t('dashboard.openReports')}
          </Anchor>
        </Group>
      </Group>
      <ProgrammeFigures
        scope={{ structureIds: structureId ? [structureId] : [], from: `${today.slice(0, 4)}-01-01`, to: today }}
        headingId="programme-title"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <AtRiskList structureId={structureId} />
        <RetentionTable structureId={structureId} />
      </SimpleGrid>
    </Stack>
  );
}
