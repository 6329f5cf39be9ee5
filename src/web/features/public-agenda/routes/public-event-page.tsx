import { Alert, Anchor, Badge, Button, Grid, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink, IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AGENDA_PATH } from '../../../app/paths.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { parisLocal } from '../../../lib/paris-time.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { publicEventQueryOptions } from '../api/public-agenda.ts';
import { openSlots, RegistrationForm } from '../components/registration-form.tsx';
import { SeatsBadge } from '../components/seats-badge.tsx';

/**
 * A public event: what, when, where, for whom, and the way to register. The server has already put
 * its schema.org JSON-LD in the page's head for crawlers; this page only draws it for people.
 */
export function PublicEventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const event = useQuery(publicEventQueryOptions(id));
  usePageTitle(event.data?.title ?? t('publicAgenda.title'));
  if (event.isPending) return <Skeleton h={320} radius="md" />;
  if (event.isError) {
    return (
      <Stack>
        <QueryError error={event.error} onRetry={() => event.refetch()} />
        <Anchor component={Link} to={AGENDA_PATH}>
          {t('publicAgenda.back')}
        </Anchor>
      </Stack>
    );
  }
  const { data } = event;
  const upcoming = openSlots(data.slots);
  const canRegister = data.registrationMode === 'internal' && upcoming.length > 0 && data.status === 'confirmed';
  const hasDetails =
    Boolean(data.description) || data.publics.length > 0 || data.accessibility.length > 0 || data.ageMin !== null || data.ageMax !== null;
  const ages =
    data.ageMin !== null || data.ageMax !== null
      ? data.ageMax === null
        ? t('publicAgenda.ageFrom', { min: data.ageMin })
        : t('publicAgenda.ageRange', { min: data.ageMin ?? 0, max: data.ageMax })
      : null;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={AGENDA_PATH} size="sm">
        ← {t('publicAgenda.back')}
      </Anchor>
      <div>
        <Group gap="xs" mb={6}>
          <Badge variant="light">{t(`events.formats.${data.format}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`events.attendanceModes.${data.attendanceMode}`)}
          </Badge>
        </Group>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {data.title}
        </Title>
        <Text c="dimmed">{t('publicAgenda.organizer', { name: data.organizer.name })}</Text>
      </div>
      {data.status === 'cancelled' && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('publicAgenda.cancelled')}>
          {t('publicAgenda.cancelledHint')}
        </Alert>
      )}
      {data.status === 'postponed' && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('publicAgenda.postponed')}>
          {t('publicAgenda.postponedHint')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} display={hasDetails ? undefined : 'none'}>
          <Stack gap="md">
            {data.description && <Text style={{ whiteSpace: 'pre-line' }}>{data.description}</Text>}
            {data.publics.length > 0 && (
              <div>
                <Text fw={600}>{t('publicAgenda.publics')}</Text>
                <Text>{data.publics.map((p) => t(`publics.${p}`)).join(' · ')}</Text>
              </div>
            )}
            {ages && (
              <div>
                <Text fw={600}>{t('publicAgenda.ages')}</Text>
                <Text>{ages}</Text>
              </div>
            )}
            {data.accessibility.length > 0 && (
              <div>
                <Text fw={600}>{t('publicAgenda.accessibility')}</Text>
                <Text>{data.accessibility.map((a) => t(`events.accessibilityNeeds.${a}`)).join(' · ')}</Text>
              </div>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: hasDetails ? 5 : 8 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Text fw={600}>{t('publicAgenda.when')}</Text>
              <List spacing={6} listStyleType="none" p={0}>
                {data.slots.map((slot) => (
                  <List.Item key={slot.id}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm">
                        {formatDateTime(slot.startsAt, i18n.language)} → {parisLocal(new Date(slot.endsAt)).slice(11)}
                      </Text>
                      {data.registrationMode === 'internal' && Date.parse(slot.startsAt) > Date.now() && (
                        <SeatsBadge seatsLeft={slot.seatsLeft} />
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
              {data.venue && (
                <>
                  <Text fw={600}>{t('publicAgenda.where')}</Text>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    <Text size="sm">
                      {data.venue.name}
                      {data.venue.address && <br />}
                      {data.venue.address}
                      {(data.venue.postcode || data.venue.city) && <br />}
                      {[data.venue.postcode, data.venue.city].filter(Boolean).join(' ')}
                    </Text>
                  </Group>
                </>
              )}
              {data.onlineUrl && (
                <Anchor href={data.onlineUrl} target="_blank" rel="noopener" size="sm">
                  {t('publicAgenda.online')} <IconExternalLink size={14} aria-hidden />
                </Anchor>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      {data.registrationMode === 'external' && data.registrationUrl && data.status === 'confirmed' && (
        <Button
          component="a"
          href={data.registrationUrl}
          target="_blank"
          rel="noopener"
          rightSection={<IconExternalLink size={16} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('publicAgenda.registerElsewhere')}
        </Button>
      )}
      {data.registrationMode === 'none' && <Text c="dimmed">{t('publicAgenda.noRegistration')}</Text>}
      {data.registrationMode === 'internal' && !canRegister && data.status === 'confirmed' && (
        <Text c="dimmed">{t('publicAgenda.registrationClosed')}</Text>
      )}
      {canRegister && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <RegistrationForm slots={upcoming} relayCode={params.get('relais') ?? ''} />
        </Paper>
      )}
    </Stack>
  );
}
