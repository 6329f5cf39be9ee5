import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelProps } from './event-panels.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function EventOverview({ event }: PanelProps) {
  const { t } = useTranslation();
  const none = <Text c="dimmed">{t('common.notProvided')}</Text>;
  const ages = event.ageMin !== null || event.ageMax !== null ? `${event.ageMin ?? 0} – ${event.ageMax ?? '…'}` : null;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Fact label={t('events.fields.format')}>{t(`events.formats.${event.format}`)}</Fact>
        <Fact label={t('events.fields.venue')}>{event.venue?.name ?? none}</Fact>
        <Fact label={t('events.fields.attendanceMode')}>
          {t(`events.attendanceModes.${event.attendanceMode}`)}
          {event.onlineUrl && <Text size="sm">{event.onlineUrl}</Text>}
        </Fact>
        <Fact label={t('events.fields.registrationMode')}>
          {t(`events.registrationModes.${event.registrationMode}`)}
          {event.registrationUrl && <Text size="sm">{event.registrationUrl}</Text>}
        </Fact>
        <Fact label={t('events.fields.publics')}>
          {event.publics.length ? (
            <Group gap={4}>
              {event.publics.map((p) => (
                <Badge key={p} variant="light">
                  {t(`publics.${p}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          )}
        </Fact>
        <Fact label={`${t('events.fields.ageMin')} – ${t('events.fields.ageMax')}`}>{ages ?? none}</Fact>
        <Fact label={t('events.fields.accessibility')}>
          {event.accessibility.length ? (
            <Group gap={4}>
              {event.accessibility.map((a) => (
                <Badge key={a} variant="outline">
                  {t(`events.accessibilityNeeds.${a}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          )}
        </Fact>
      </SimpleGrid>
      {event.description && <Text style={{ whiteSpace: 'pre-line' }}>{event.description}</Text>}
    </Stack>
  );
}
