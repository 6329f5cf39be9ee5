import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time.ts';
import { organisationCommitmentsQueryOptions } from '../api/action-plans.ts';

/** « Engagements »: what the organisation committed to in the local action plans, on its partner page. */
export function OrganisationCommitments({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const commitments = useQuery(organisationCommitmentsQueryOptions(organisationId));
  if (!commitments.data) return null;
  return (
    <Card withBorder mt="md" component="section" aria-labelledby="commitments-title">
      <Stack gap="xs">
        <Text fw={600} id="commitments-title">
          {t('actionPlan.organisationCommitments')}
        </Text>
        {commitments.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('actionPlan.noOrganisationCommitment')}
          </Text>
        ) : (
          commitments.data.items.map((c) => (
            <Stack gap={2} key={c.id}>
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {c.actionTitle}
                </Text>
                <Badge size="sm" variant="light">
                  {t(`engagements.${c.type}`)}
                </Badge>
                {c.overdue && (
                  <Badge size="sm" color="red.9">
                    {t('actionPlan.overdue')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {[
                  t(`actionPlan.statuses.${c.actionStatus}`),
                  c.deadline && t('actionPlan.until', { date: formatDate(c.deadline, i18n.language) }),
                  c.signatoryName && t('actionPlan.signedBy', { name: c.signatoryName }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}
