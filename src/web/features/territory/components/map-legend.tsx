import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QPV_COLOR, SHADES } from './shading.ts';

/** The map's key: partner classes, QPV reached (solid) or not (dashed), partner markers. */
export function MapLegend() {
  const { t } = useTranslation();
  const label = (min: number, max: number) =>
    max === min ? String(min) : Number.isFinite(max) ? `${min}–${max}` : t('territory.legend.orMore', { count: min });
  return (
    <Group gap="md" wrap="wrap" aria-label={t('territory.legend.title')} role="group">
      <Text size="sm" fw={500}>
        {t('territory.legend.title')}
      </Text>
      {SHADES.map((shade) => (
        <Group key={shade.min} gap={4} wrap="nowrap">
          <Box w={16} h={16} bg={shade.color} bd="1px solid gray.5" aria-hidden />
          <Text size="sm">{label(shade.min, shade.max)}</Text>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        <Box w={18} h={0} bd={`2px solid ${QPV_COLOR}`} aria-hidden />
        <Text size="sm">{t('territory.legend.qpvReached')}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Box w={18} h={0} bd={`2px dashed ${QPV_COLOR}`} aria-hidden />
        <Text size="sm">{t('territory.legend.qpvNotReached')}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Box w={12} h={12} bg="#1971c2" style={{ borderRadius: '50%' }} aria-hidden />
        <Text size="sm">{t('territory.legend.partner')}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Box w={12} h={12} bg="#e8590c" aria-hidden />
        <Text size="sm">{t('territory.legend.event')}</Text>
      </Group>
    </Group>
  );
}
