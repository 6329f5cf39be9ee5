import { Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationGeographyQueryOptions } from '../api/territory.ts';

/** On an organisation's page: its arrondissement or commune, and its QPV or the distance to the nearest one. */
export function OrganisationTerritoryLine({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const place = useQuery(organisationGeographyQueryOptions(organisationId));
  if (!place.data?.territoryName) return null;
  const { territoryName, qpv, nearestQpvMeters, precision } = place.data;
  const qpvText = qpv
    ? t('territory.organisation.inQpv', { name: qpv.name })
    : nearestQpvMeters !== null
      ? t('territory.organisation.nearQpv', { distance: new Intl.NumberFormat(i18n.language).format(nearestQpvMeters) })
      : precision === 'approximate'
        ? t('territory.organisation.approximate')
        : t('territory.organisation.farFromQpv');
  return (
    <Text size="sm" c="dimmed" data-testid="organisation-territory">
      <IconMapPin size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {territoryName} · {qpvText}
    </Text>
  );
}
