import { Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationGeographyQueryOptions } from '../api/territory.ts';
import { QpvNotImported, useQpvImported } from './qpv-not-imported.tsx';

/** On an organisation's page: its arrondissement or commune, and its QPV or the distance to the nearest one. */
export function OrganisationTerritoryLine({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const place = useQuery(organisationGeographyQueryOptions(organisationId));
  const qpvImported = useQpvImported();
  if (!place.data?.territoryName) return null;
  const { territoryName, qpv, nearestQpvMeters, precision } = place.data;
  // Without the QPV list, "no QPV within 5 km" would be untrue: say the list is missing instead.
  const qpvText = qpv
    ? t('territory.organisation.inQpv', { name: qpv.name })
    : qpvImported === false
      ? null
      : nearestQpvMeters !== null
        ? t('territory.organisation.nearQpv', { distance: new Intl.NumberFormat(i18n.language).format(nearestQpvMeters) })
        : precision === 'approximate'
          ? t('territory.organisation.approximate')
          : t('territory.organisation.farFromQpv');
  return (
    <Text size="sm" c="dimmed" data-testid="organisation-territory">
      <IconMapPin size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {territoryName} · {qpvText ?? <QpvNotImported />}
    </Text>
  );
}
