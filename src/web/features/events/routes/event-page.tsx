import { Alert, Badge, Button, Group, List, Stack, Tabs } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EVENTS_PATH, TAB_PARAM } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useMe } from '../../accounts/api/me.ts';
import { eventQueryOptions, useUpdateEvent } from '../api/events.ts';
import { EventFormDrawer } from '../components/event-form-drawer.tsx';
import { EVENT_TABS } from '../components/event-tabs.tsx';
import { EventStatusBadge } from '../components/status-badge.tsx';

export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const event = useQuery(eventQueryOptions(id));
  const me = useMe();
  const update = useUpdateEvent();
  const [editing, setEditing] = useState(false);
  if (event.isPending) return <RecordSkeleton />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => event.refetch()} />;
  const { data } = event;
  const canWrite = me.isCoordinator || me.memberships.some((m) => m.structure.id === data.structureId && m.role !== 'observer');
  const requested = searchParams.get(TAB_PARAM);
  const active = EVENT_TABS.find((tab) => tab.slug === requested)?.slug ?? EVENT_TABS[0]!.slug;
  const first = data.slots[0];
  // The server accepts "held" only once the first slot has begun: the button waits until then.
  const begun = data.slots.some((slot) => Date.parse(slot.startsAt) <= Date.now());
  const markHeld = () =>
    update.mutate(
      { id: data.id, version: data.version, status: 'held' },
      { onSuccess: () => notifySuccess(t('events.heldDone')), onError: notifyError },
    );

  return (
    <Stack>
      <BackLink to={EVENTS_PATH} label={t('events.title')} />
      <PageHeader
        title={data.title}
        description={first ? formatDateTime(first.startsAt, i18n.language) : undefined}
        facts={
          <Group gap="xs">
            <EventStatusBadge status={data.status} />
            {data.ideaId && <Badge>{t('events.fromIdea')}</Badge>}
          </Group>
        }
        actions={
          canWrite && (
            <Group gap="xs">
              {data.status === 'confirmed' && begun && (
                <Button
                  variant="light"
                  color="green"
                  leftSection={<IconCheck size={16} aria-hidden />}
                  onClick={markHeld}
                  loading={update.isPending}
                >
                  {t('events.markHeld')}
                </Button>
              )}
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t('events.edit')}
              </Button>
            </Group>
          )
        }
      />
      {data.conflicts.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('events.conflicts')}>
          <List size="sm">
            {data.conflicts.map((c) => (
              <List.Item key={`${c.kind}-${c.resourceId}-${c.slot.id}-${c.otherSlot.id}`}>
                {t(c.kind === 'venue' ? 'events.conflictVenue' : 'events.conflictStaff', {
                  name: c.resourceName,
                  other: c.otherEventTitle,
                  when: formatDateTime(c.otherSlot.startsAt, i18n.language),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Tabs value={active} onChange={(slug) => setSearchParams(slug === null ? {} : { [TAB_PARAM]: slug }, { replace: true })}>
        <Tabs.List mb="md">
          {EVENT_TABS.map(({ slug, labelKey, icon: Icon }) => (
            <Tabs.Tab key={slug} value={slug} leftSection={<Icon size={16} />}>
              {t(labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {EVENT_TABS.map(({ slug, Panel }) => (
          <Tabs.Panel key={slug} value={slug}>
            {active === slug && <Panel event={data} canWrite={canWrite} />}
          </Tabs.Panel>
        ))}
      </Tabs>
      {editing && <EventFormDrawer structureId={data.structureId} event={data} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
