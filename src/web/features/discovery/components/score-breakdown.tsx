import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DiscoveryResult, SCORE_WEIGHTS } from '../../../../contracts/discovery.ts';

type Component = keyof typeof SCORE_WEIGHTS;
const COMPONENTS = Object.keys(SCORE_WEIGHTS) as Component[];
const percent = (value: number) => Math.round(value * 100);

/** Why a candidate ranks where it does: each component, its weight, and a sentence saying what earned it. */
export function ScoreBreakdown({ result, originLabel }: { result: DiscoveryResult; originLabel: string | null }) {
  const { t, i18n } = useTranslation();
  const quoted = result.matchedWords.map((word) => `« ${word} »`).join(', ');
  const why: Record<Component, string> = {
    theme: result.matchedWords.length
      ? t('discovery.why.theme', { words: quoted, relevance: percent(result.components.theme) })
      : t('discovery.why.noTheme'),
    proximity:
      result.distanceKm !== null && originLabel
        ? t('discovery.why.distance', {
            km: result.distanceKm.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
            origin: originLabel,
          })
        : t(originLabel ? 'discovery.why.noPosition' : 'discovery.why.noOrigin'),
    reach: result.qpvCode
      ? t('discovery.why.inQpv', { code: result.qpvCode })
      : result.components.reach >= 0.6
        ? t('discovery.why.distantPublics')
        : result.components.reach > 0
          ? t('discovery.why.nearQpv')
          : t('discovery.why.noReach'),
    gap: result.gaps.length
      ? t('discovery.why.gap', { gaps: result.gaps.map((gap) => t(`discovery.gaps.${gap}`)).join(', ') })
      : t('discovery.why.noGap'),
  };
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {COMPONENTS.map((component) => (
        <li key={component}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {t(`discovery.components.${component}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('discovery.components.value', {
                value: percent(result.components[component]),
                weight: percent(SCORE_WEIGHTS[component]),
              })}
            </Text>
          </Group>
          <Progress value={percent(result.components[component])} size="sm" aria-label={t(`discovery.components.${component}`)} my={2} />
          <Text size="sm" c="dimmed">
            {why[component]}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
