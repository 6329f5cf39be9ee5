import { Badge, Group, Text } from '@mantine/core';
import { IconCalendarDue, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../contracts/organisations.ts';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { StageBadge } from '../../partnerships/components/stage-badge.tsx';
import { OrganisationTerritoryLine } from '../../territory/components/organisation-territory-line.tsx';
import { SectorBadge } from './sector-badge.tsx';

interface OrganisationFactsProps {
  organisation: Organisation;
  /** The current structure's partnership, if it follows the organisation. */
  partnership: Partnership | undefined;
  structureName: string | undefined;
  ownerName: string | null;
}

/** Under the title: sector, stage for the current structure, owner and next step. */
export function OrganisationFacts({ organisation, partnership, structureName, ownerName }: OrganisationFactsProps) {
  const { t, i18n } = useTranslation();
  const place = [organisation.postcode, organisation.city].filter(Boolean).join(' ');
  return (
    <>
      <Group gap="xs">
        <SectorBadge sector={organisation.sector} />
        {partnership !== undefined ? (
          <StageBadge stage={partnership.stage} />
        ) : (
          <Badge variant="outline" color="gray" tt="none">
            {t('organisations.notFollowed', { structure: structureName ?? '' })}
          </Badge>
        )}
        {place !== '' && (
          <Text size="sm" c="dimmed">
            {place}
          </Text>
        )}
      </Group>
      <OrganisationTerritoryLine organisationId={organisation.id} />
      {partnership !== undefined && (
        <Group gap="lg">
          <Group gap={4} wrap="nowrap">
            <IconUser size={16} aria-hidden />
            <Text size="sm">{t('organisations.owner', { name: ownerName ?? t('partners.noOwner') })}</Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconCalendarDue size={16} aria-hidden />
            <Text size="sm">
              {partnership.nextStepOn === null && partnership.nextStep === null
                ? t('organisations.noNextStep')
                : t('organisations.nextStep', {
                    step: [partnership.nextStepOn && formatDate(partnership.nextStepOn, i18n.language), partnership.nextStep]
                      .filter(Boolean)
                      .join(' · '),
                  })}
            </Text>
          </Group>
        </Group>
      )}
    </>
  );
}
