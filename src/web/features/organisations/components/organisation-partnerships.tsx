import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../../contracts/partnerships.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import type { Member } from '../../memberships/api/structure-members.ts';
import { useCreatePartnership } from '../../partnerships/api/partnerships.ts';
import { DormantBadge } from '../../partnerships/components/dormant-badge.tsx';
import { PartnershipForm } from '../../partnerships/components/partnership-form.tsx';
import { StageBadge } from '../../partnerships/components/stage-badge.tsx';
import { EngagementSummary } from '../../reports/components/engagement-summary.tsx';
import { useStructureNames } from '../../structures/components/use-structure-names.ts';

interface OrganisationPartnershipsProps {
  organisation: { id: string; name: string };
  structure: { id: string; name: string } | null;
  partnerships: Partnership[];
  members: Member[];
  canWrite: boolean;
}

function FollowButton({
  organisation,
  structure,
}: {
  organisation: { id: string; name: string };
  structure: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const create = useCreatePartnership();
  const follow = () =>
    create.mutate(
      { organisationId: organisation.id, structureId: structure.id },
      {
        onSuccess: () => notifySuccess(t('partners.add.done', { name: organisation.name, structure: structure.name })),
        onError: notifyError,
      },
    );
  return (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={follow} loading={create.isPending} w="fit-content">
      {t('organisations.follow', { structure: structure.name })}
    </Button>
  );
}

/** The partnership per structure: the current one edited in place, the others (coordination) listed. */
export function OrganisationPartnerships({ organisation, structure, partnerships, members, canWrite }: OrganisationPartnershipsProps) {
  const { t } = useTranslation();
  const names = useStructureNames();
  const current = partnerships.find((partnership) => partnership.structureId === structure?.id);
  const others = partnerships.filter((partnership) => partnership !== current);
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="partnership-title">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} size="h4" id="partnership-title">
            {t('organisations.partnershipWith', { structure: structure?.name ?? '' })}
          </Title>
          {current !== undefined && <DormantBadge partnership={current} />}
        </Group>
        {current !== undefined ? (
          <Stack gap="md">
            <PartnershipForm key={current.id} partnership={current} members={members} readOnly={!canWrite} />
            <EngagementSummary partnershipId={current.id} />
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('organisations.notFollowedText')}</Text>
            {canWrite && structure !== null && <FollowButton organisation={organisation} structure={structure} />}
          </Stack>
        )}
      </Card>
      {others.length > 0 && (
        <Card withBorder padding="md" component="section" aria-labelledby="other-partnerships-title">
          <Title order={2} size="h4" id="other-partnerships-title" mb="sm">
            {t('organisations.otherPartnerships')}
          </Title>
          <List spacing="xs" listStyleType="none">
            {others.map((partnership) => (
              <List.Item key={partnership.id}>
                <Text size="sm" span mr="xs">
                  {names.get(partnership.structureId) ?? t('structures.unknown')}
                </Text>
                <StageBadge stage={partnership.stage} size="sm" /> <DormantBadge partnership={partnership} size="sm" />
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
