import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconHeart, IconHeartFilled, IconMessage, IconSparkles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Idea } from '../../../../contracts/ideas.ts';
import { eventPath } from '../../../app/paths.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { ideaQueryOptions, useIdeaActions } from '../api/ideas.ts';

/** One idea: its supports, its comments (opened on demand) and, for its structure's members, the step to an event draft. */
export function IdeaCard({ idea, canConvert }: { idea: Idea; canConvert: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const detail = useQuery({ ...ideaQueryOptions(idea.id), enabled: open });
  const actions = useIdeaActions();
  const convert = () =>
    actions.toEvent.mutate(idea.id, {
      onSuccess: (event) => {
        notifySuccess(t('ideas.converted'));
        navigate(eventPath(event.id));
      },
      onError: notifyError,
    });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {idea.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t('ideas.byAuthor', { name: idea.authorName ?? '?' })} · {formatDateTime(idea.createdAt, i18n.language)}
            </Text>
          </Stack>
          {/* Never shrunk: the title wraps instead, so the format stays whole on a phone. */}
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`events.formats.${idea.format}`)}
          </Badge>
        </Group>
        {idea.theme && <Text size="sm">{idea.theme}</Text>}
        {idea.description && (
          <Text size="sm" c="dimmed" lineClamp={4}>
            {idea.description}
          </Text>
        )}
        {idea.publics.length > 0 && (
          <Group gap={4}>
            {idea.publics.map((p) => (
              <Badge key={p} size="sm" variant="outline">
                {t(`publics.${p}`)}
              </Badge>
            ))}
          </Group>
        )}
        {idea.partnersInMind && (
          <Text size="sm">
            {t('ideas.fields.partnersInMind')} : {idea.partnersInMind}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            variant={idea.supportedByMe ? 'filled' : 'light'}
            leftSection={idea.supportedByMe ? <IconHeartFilled size={14} aria-hidden /> : <IconHeart size={14} aria-hidden />}
            aria-pressed={idea.supportedByMe}
            onClick={() => actions.support.mutate({ id: idea.id, supported: !idea.supportedByMe }, { onError: notifyError })}
          >
            {t('ideas.supports', { count: idea.supportCount })}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconMessage size={14} aria-hidden />}
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
          >
            {t('ideas.comments', { count: idea.commentCount })}
          </Button>
          {idea.eventId ? (
            <Button size="xs" variant="default" component={Link} to={eventPath(idea.eventId)}>
              {t('ideas.openEvent')}
            </Button>
          ) : (
            canConvert && (
              <Button
                size="xs"
                color="teal"
                leftSection={<IconSparkles size={14} aria-hidden />}
                onClick={convert}
                loading={actions.toEvent.isPending}
              >
                {t('ideas.toEvent')}
              </Button>
            )
          )}
        </Group>
        {open && (
          <Stack gap="xs">
            {(detail.data?.comments ?? []).map((c) => (
              <Text key={c.id} size="sm">
                <Text span fw={600}>
                  {c.authorName ?? '?'}
                </Text>{' '}
                {c.body}
              </Text>
            ))}
            <Textarea
              placeholder={t('ideas.commentPlaceholder')}
              aria-label={t('ideas.commentPlaceholder')}
              autosize
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Button
              size="xs"
              w="fit-content"
              disabled={comment.trim() === ''}
              loading={actions.comment.isPending}
              onClick={() =>
                actions.comment.mutate({ id: idea.id, body: comment }, { onSuccess: () => setComment(''), onError: notifyError })
              }
            >
              {t('ideas.comment')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
