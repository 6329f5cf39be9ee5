import { Badge, Button, Card, Group, Image, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../../contracts/contributions.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { staffPhotoUrl, useModerate } from '../api/contributions.ts';
import { JourneySvg } from './journey-svg.tsx';

type Mode = 'view' | 'reject' | 'edit';

/** One contribution in the moderation queue, with what a moderator may do to it. */
export function ContributionCard({
  contribution,
  canWrite,
  modules,
}: {
  contribution: Contribution;
  canWrite: boolean;
  /** The exhibition's modules, to link the contribution to one. */
  modules: { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const moderate = useModerate();
  const [mode, setMode] = useState<Mode>('view');
  const [reason, setReason] = useState('');
  const [text, setText] = useState(contribution.text ?? '');
  const send = (body: Record<string, unknown>) =>
    moderate.mutate(
      { id: contribution.id, version: contribution.version, ...body },
      { onSuccess: () => setMode('view'), onError: notifyError },
    );
  const c = contribution;
  return (
    <Card withBorder aria-label={t('participation.moderation.itemLabel', { author: c.authorName })}>
      <Stack gap="xs">
        <Group gap={6}>
          <Badge variant="light">{t(`participation.kinds.${c.kind}`)}</Badge>
          <Badge variant="outline" color={c.status === 'approved' ? 'teal' : c.status === 'rejected' ? 'red' : 'gray'}>
            {t(`participation.statuses.${c.status}`)}
          </Badge>
          {c.minor && (
            <Badge color="orange" variant="light">
              {t('participation.moderation.minor')}
            </Badge>
          )}
          {c.selected && <Badge color="grape">{t('participation.moderation.onWall')}</Badge>}
        </Group>
        {c.hasPhoto && (
          <Image src={staffPhotoUrl(c.id)} alt={t('participation.moderation.photoAlt', { author: c.authorName })} mah={240} fit="contain" />
        )}
        {mode === 'edit' ? (
          <Textarea
            label={t('participation.moderation.text')}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : (
          c.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
        )}
        {c.originalText && (
          <Text size="sm" c="dimmed">
            {t('participation.moderation.original', { text: c.originalText })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('participation.moderation.byline', { author: c.authorName, age: t(`participation.ages.${c.ageBracket}`) })}
          {c.journey && ` · ${t('participation.moderation.journey', { count: c.journey.coordinates.length })}`}
        </Text>
        {c.journey && <JourneySvg journey={c.journey} colour="#0c8599" backdrop="#f1f3f5" width={160} />}
        {c.rejectionReason && (
          <Text size="sm" c="red.8">
            {t('participation.moderation.reason', { reason: c.rejectionReason })}
          </Text>
        )}
        {canWrite && mode === 'view' && modules.length > 0 ? (
          <Select
            size="xs"
            label={t('participation.moderation.module')}
            placeholder={t('participation.moderation.noModule')}
            data={modules.map((module) => ({ value: module.id, label: module.title }))}
            value={c.moduleId}
            onChange={(moduleId) => send({ moduleId })}
            clearable
            disabled={moderate.isPending}
            maw={320}
          />
        ) : (
          c.moduleId && (
            <Text size="sm" c="dimmed">
              {t('participation.moderation.moduleIs', { module: modules.find((m) => m.id === c.moduleId)?.title ?? '' })}
            </Text>
          )
        )}
        {canWrite && mode === 'reject' && (
          <TextInput
            label={t('participation.moderation.reasonLabel')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
          />
        )}
        {canWrite && (
          <Group gap="xs">
            {mode === 'view' && c.status !== 'approved' && (
              <Button size="xs" color="teal" onClick={() => send({ status: 'approved' })} loading={moderate.isPending}>
                {t('participation.moderation.approve')}
              </Button>
            )}
            {mode === 'view' && c.status !== 'rejected' && (
              <Button size="xs" variant="light" color="red" onClick={() => setMode('reject')}>
                {t('participation.moderation.reject')}
              </Button>
            )}
            {mode === 'view' && c.kind !== 'photo' && (
              <Button size="xs" variant="default" onClick={() => setMode('edit')}>
                {t('participation.moderation.edit')}
              </Button>
            )}
            {mode === 'reject' && (
              <Button
                size="xs"
                color="red"
                onClick={() => send({ status: 'rejected', rejectionReason: reason })}
                disabled={reason.trim() === ''}
              >
                {t('participation.moderation.confirmReject')}
              </Button>
            )}
            {mode === 'edit' && (
              <Button size="xs" onClick={() => send({ text })} disabled={text.trim() === ''}>
                {t('actions.save')}
              </Button>
            )}
            {mode !== 'view' && (
              <Button size="xs" variant="subtle" onClick={() => setMode('view')}>
                {t('actions.cancel')}
              </Button>
            )}
            {mode === 'view' && c.status === 'approved' && (
              <Switch
                label={t('participation.moderation.select')}
                checked={c.selected}
                onChange={(e) => send({ selected: e.currentTarget.checked })}
                disabled={moderate.isPending}
              />
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
