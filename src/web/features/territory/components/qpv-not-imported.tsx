import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TERRITORY_PATH } from '../../../app/paths.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { mapSettingsQueryOptions } from '../api/territory.ts';

/** false until the QPV list is imported: distances to QPV mean nothing before (undefined while loading). */
export function useQpvImported(): boolean | undefined {
  const settings = useQuery(mapSettingsQueryOptions());
  return settings.data && settings.data.qpvCount > 0;
}

/** "Quartiers prioritaires non importés", with the way to import them for the coordination (the Territoire page). */
export function QpvNotImported({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { role } = useCurrentStructure();
  return (
    <Text span size={size} data-testid="qpv-not-imported">
      {t('territoryDiscovery.qpv.notImported')}
      {role === 'coordinator' && (
        <>
          {' · '}
          <Anchor component={Link} to={TERRITORY_PATH} size={size} inherit>
            {t('territoryDiscovery.qpv.importLink')}
          </Anchor>
        </>
      )}
    </Text>
  );
}
