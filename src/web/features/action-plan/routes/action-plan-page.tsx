import { Alert, Button, Card, Grid, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../contracts/action-plans.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { TableSkeleton } from '../../../components/ui/table-skeleton.tsx';
import { notifyError } from '../../../lib/notify.tsx';
import { type Member, useStructureMembers } from '../../memberships/api/structure-members.ts';
import { useCurrentStructure } from '../../structures/components/current-structure-context.ts';
import { planQueryOptions, plansQueryOptions, useCreatePlan } from '../api/action-plans.ts';
import { ActionCard } from '../components/action-card.tsx';
import { ActionTimeline } from '../components/action-timeline.tsx';
import { AddActionForm } from '../components/add-action-form.tsx';

function CreatePlan({ structureId }: { structureId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(t('actionPlan.defaultTitle'));
  const create = useCreatePlan();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ structureId, title }, { onError: notifyError });
  };
  return (
    <Card withBorder component="form" onSubmit={onSubmit} maw={560}>
      <Stack gap="sm">
        <Text>{t('actionPlan.none')}</Text>
        <TextInput label={t('actionPlan.fields.planTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('actionPlan.create')}
        </Button>
      </Stack>
    </Card>
  );
}

function PlanView({ plan, members, canWrite }: { plan: PlanDetail; members: Member[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const overdue = plan.actions.filter((a) => a.overdue).length;
  return (
    <Stack>
      {plan.summary && <Text>{plan.summary}</Text>}
      {overdue > 0 && (
        <Alert color="red" variant="light">
          {t('actionPlan.overdueCount', { count: overdue })}
        </Alert>
      )}
      <SegmentedControl
        aria-label={t('actionPlan.view')}
        value={view}
        onChange={(value) => setView(value as 'list' | 'timeline')}
        data={[
          { value: 'list', label: t('actionPlan.list') },
          { value: 'timeline', label: t('actionPlan.timeline') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: canWrite ? 7 : 12 }}>
          {plan.actions.length === 0 ? (
            <EmptyBlock title={t('actionPlan.noAction')} description={t('actionPlan.noActionHint')} />
          ) : view === 'timeline' ? (
            <ActionTimeline actions={plan.actions} />
          ) : (
            <Stack>
              {plan.actions.map((action) => (
                <ActionCard key={`${action.id}-${action.version}`} action={action} planId={plan.id} members={members} canWrite={canWrite} />
              ))}
            </Stack>
          )}
        </Grid.Col>
        {canWrite && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <AddActionForm planId={plan.id} members={members} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}

export function ActionPlanPage() {
  const { t } = useTranslation();
  const { structure, role } = useCurrentStructure();
  const plans = useQuery({ ...plansQueryOptions(structure?.id), enabled: structure !== null });
  const planId = plans.data?.items[0]?.id;
  const plan = useQuery({ ...planQueryOptions(planId ?? ''), enabled: planId !== undefined });
  const { members } = useStructureMembers(structure?.id);
  const canWrite = role !== null && role !== 'observer';
  const header = <PageHeader title={plan.data?.title ?? t('nav.actionPlan')} description={t('areaDescriptions.actionPlan')} />;
  if (structure === null) {
    return (
      <>
        {header}
        <Alert>{t('participation.noStructure')}</Alert>
      </>
    );
  }
  if (plans.isError || plan.isError) {
    return (
      <>
        {header}
        <QueryError error={plans.error ?? plan.error} onRetry={() => void (plans.isError ? plans.refetch() : plan.refetch())} />
      </>
    );
  }
  if (plans.isPending || (planId !== undefined && plan.isPending)) return <TableSkeleton />;
  return (
    <>
      {header}
      {plan.data ? (
        <PlanView plan={plan.data} members={members} canWrite={canWrite} />
      ) : canWrite ? (
        <CreatePlan structureId={structure.id} />
      ) : (
        <Text c="dimmed">{t('actionPlan.none')}</Text>
      )}
    </>
  );
}
