import { ActionIcon, Badge, Button, Card, CloseButton, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus, type Commitment, type PlanAction } from '../../../../contracts/action-plans.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { formatDate } from '../../../lib/format-date-time.ts';
import { notifyError } from '../../../lib/notify.tsx';
import type { Member } from '../../memberships/api/structure-members.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { useDeleteAction, useDeleteCommitment, useUpdateAction } from '../api/action-plans.ts';
import { AddCommitmentForm } from './add-commitment-form.tsx';
import { EditCommitmentModal } from './edit-commitment-modal.tsx';
import { IndicatorActualInput } from './indicator-actual-input.tsx';

export const STATUS_COLORS: Record<ActionStatus, string> = { planned: 'gray', in_progress: 'blue', done: 'teal', dropped: 'dark' };

/** Share of the target reached, capped at 100 for the bar. */
const progressOf = (actual: number, target: number) => (target === 0 ? 100 : Math.min(100, Math.round((actual / target) * 100)));

export function ActionCard({
  action,
  planId,
  members,
  canWrite,
}: {
  action: PlanAction;
  planId: string;
  members: Member[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateAction();
  const removeAction = useDeleteAction();
  const removeCommitment = useDeleteCommitment();
  const [committing, setCommitting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState<Commitment | null>(null);
  // Deleting an action is for managers, like every delete of the structure's records.
  const { role } = useCurrentStructure();
  const canManage = role === 'manager' || role === 'coordinator';
  const owner = members.find((m) => m.id === action.ownerId)?.name;
  const dates = [
    action.startOn && t('actionPlan.from', { date: formatDate(action.startOn, i18n.language) }),
    action.deadline && t('actionPlan.until', { date: formatDate(action.deadline, i18n.language) }),
    owner && t('actionPlan.ownedBy', { name: owner }),
  ].filter(Boolean);
  return (
    <Card withBorder style={action.overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={4} style={{ flex: 1, minWidth: 200 }}>
            <Text fw={600}>{action.title}</Text>
            <Group gap={6}>
              <Badge color={STATUS_COLORS[action.status]} variant="light">
                {t(`actionPlan.statuses.${action.status}`)}
              </Badge>
              {action.overdue && <Badge color="red.9">{t('actionPlan.overdue')}</Badge>}
              {action.theme && <Badge variant="outline">{action.theme}</Badge>}
            </Group>
          </Stack>
          {canWrite && (
            <Select
              aria-label={t('actionPlan.changeStatus', { title: action.title })}
              size="xs"
              w={150}
              data={ACTION_STATUSES.map((value) => ({ value, label: t(`actionPlan.statuses.${value}`) }))}
              value={action.status}
              allowDeselect={false}
              onChange={(status) =>
                status &&
                update.mutate({ planId, id: action.id, version: action.version, status: status as ActionStatus }, { onError: notifyError })
              }
            />
          )}
        </Group>
        {dates.length > 0 && (
          <Text size="sm" c="dimmed">
            {dates.join(' · ')}
          </Text>
        )}
        {action.description && <Text size="sm">{action.description}</Text>}
        {action.indicators.map((indicator, index) => (
          <Stack gap={2} key={indicator.label}>
            <Group justify="space-between" align="center" gap="xs">
              <Group gap="xs">
                <Text size="sm">{indicator.label}</Text>
                {canWrite && <IndicatorActualInput action={action} planId={planId} index={index} />}
              </Group>
              <Text size="sm" c="dimmed">
                {t('actionPlan.indicatorValue', { actual: indicator.actual, target: indicator.target, unit: indicator.unit ?? '' })}
              </Text>
            </Group>
            <Progress
              value={progressOf(indicator.actual, indicator.target)}
              color={indicator.actual >= indicator.target ? 'teal' : 'blue'}
              aria-label={t('actionPlan.progressOf', { label: indicator.label })}
            />
          </Stack>
        ))}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('actionPlan.commitments')}
          </Text>
          {action.commitments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('actionPlan.noCommitment')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {action.commitments.map((c) => (
                <List.Item key={c.id}>
                  {[
                    c.organisationName,
                    t(`engagements.${c.type}`),
                    c.signatoryName && t('actionPlan.signedBy', { name: c.signatoryName }),
                    c.signedOn && formatDate(c.signedOn, i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {canWrite && (
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      ml={4}
                      aria-label={t('actionPlan.editCommitment', { name: c.organisationName })}
                      onClick={() => setEditing(c)}
                    >
                      <IconPencil size={14} aria-hidden />
                    </ActionIcon>
                  )}
                  {canWrite && (
                    <CloseButton
                      size="sm"
                      display="inline-flex"
                      ml={4}
                      aria-label={t('actionPlan.removeCommitment', { name: c.organisationName })}
                      onClick={() => removeCommitment.mutate({ planId, actionId: action.id, id: c.id }, { onError: notifyError })}
                    />
                  )}
                </List.Item>
              ))}
            </List>
          )}
          {canWrite &&
            (committing ? (
              <AddCommitmentForm planId={planId} actionId={action.id} onDone={() => setCommitting(false)} />
            ) : (
              <Button size="xs" variant="light" onClick={() => setCommitting(true)} style={{ alignSelf: 'flex-start' }}>
                {t('actionPlan.addCommitment')}
              </Button>
            ))}
        </Stack>
        {canManage && (
          <Button size="xs" variant="subtle" color="red.9" c="red.9" onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-end' }}>
            {t('actionPlan.deleteAction')}
          </Button>
        )}
        {editing && <EditCommitmentModal planId={planId} commitment={editing} onClose={() => setEditing(null)} />}
        <ConfirmModal
          opened={confirming}
          title={t('actionPlan.deleteActionTitle', { title: action.title })}
          message={t('actionPlan.deleteActionMessage')}
          confirmLabel={t('actions.delete')}
          loading={removeAction.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() => removeAction.mutate({ planId, id: action.id }, { onSuccess: () => setConfirming(false), onError: notifyError })}
        />
      </Stack>
    </Card>
  );
}
