import { Anchor, Skeleton, Stack, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconMail, IconNote, IconPhone, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Interaction } from '../../../../contracts/interactions.ts';
import { contactPath, organisationPath } from '../../../app/paths.ts';
import { EmptyBlock } from '../../../components/ui/empty-block.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';

export const KIND_ICONS = { call: IconPhone, email: IconMail, meeting: IconUsers, note: IconNote, event: IconCalendarEvent } as const;

interface InteractionTimelineProps {
  /** Each carries its author's name and the names of what it links to. */
  items: Interaction[] | undefined;
  /** On a person's page, each exchange names the organisation it was about. */
  showOrganisation?: boolean;
}

function OrganisationLink({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      {' · '}
      {t('interactions.about')}{' '}
      <Anchor component={Link} to={organisationPath(id)} size="sm" underline="always">
        {name}
      </Anchor>
    </>
  );
}

export function TimelineSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={56} />
      <Skeleton height={56} />
    </Stack>
  );
}

/** Newest first; each exchange says what kind it was, when, by whom, and with whom. */
export function InteractionTimeline({ items, showOrganisation = false }: InteractionTimelineProps) {
  const { t, i18n } = useTranslation();
  if (items === undefined) return <TimelineSkeleton />;
  if (items.length === 0) return <EmptyBlock title={t('interactions.emptyTitle')} description={t('interactions.emptyText')} />;
  return (
    <Timeline bulletSize={28} lineWidth={2} aria-label={t('interactions.timelineLabel')}>
      {items.map((item) => {
        const Icon = KIND_ICONS[item.kind];
        const author = item.authorName;
        const contact = item.contactName;
        return (
          <Timeline.Item key={item.id} bullet={<Icon size={14} aria-hidden />} title={t(`interactionKinds.${item.kind}`)}>
            <Text size="sm" c="dimmed">
              <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, i18n.language)}</time>
              {author != null && ` · ${t('history.by', { name: author })}`}
              {showOrganisation && item.organisationId !== null && item.organisationName !== null && (
                <OrganisationLink id={item.organisationId} name={item.organisationName} />
              )}
              {!showOrganisation && contact !== null && item.contactId !== null && (
                <>
                  {' · '}
                  {t('interactions.with')}{' '}
                  <Anchor component={Link} to={contactPath(item.contactId)} size="sm" underline="always">
                    {contact}
                  </Anchor>
                </>
              )}
            </Text>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {item.summary}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
