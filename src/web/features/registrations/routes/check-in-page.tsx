import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { eventRegistrationsQueryOptions, useCheckIn } from '../api/registrations.ts';
import { RegistrationCard } from '../components/registration-card.tsx';
import { slotCountsText } from '../components/slot-counts.ts';

/** The desk on a phone: search a name or type the e-mail's code, then one tap checks in. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('registrations.checkInTitle'));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [code, setCode] = useState('');
  const list = useQuery(eventRegistrationsQueryOptions(id, q));
  const checkIn = useCheckIn(id);

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) checkIn.mutate({ code: code.trim() }, { onSuccess: () => setCode('') });
  };

  return (
    <Stack gap="md" maw={560}>
      <Title order={1} size="h2">
        {t('registrations.checkInTitle')}
      </Title>
      <TextInput
        size="md"
        label={t('registrations.searchName')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <form onSubmit={submitCode}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            size="md"
            label={t('registrations.code')}
            value={code}
            autoCapitalize="characters"
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <Button type="submit" size="md" variant="light" loading={checkIn.isPending && 'code' in (checkIn.variables ?? {})}>
            {t('registrations.checkInByCode')}
          </Button>
        </Group>
      </form>
      {checkIn.isError && (
        <Alert color="red" role="alert">
          {errorMessage(checkIn.error, t)}
        </Alert>
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.slots.map((slot) => (
        <Stack key={slot.slotId} gap="xs">
          <Text fw={600}>{slotCountsText(slot, t)}</Text>
          {slot.registrations.map((registration) => (
            <RegistrationCard
              key={registration.id}
              registration={registration}
              pending={
                checkIn.isPending && checkIn.variables && 'registrationId' in checkIn.variables
                  ? checkIn.variables.registrationId === registration.id
                  : false
              }
              onCheckIn={() => checkIn.mutate({ registrationId: registration.id })}
            />
          ))}
        </Stack>
      ))}
      {list.data?.slots.every((slot) => slot.registrations.length === 0) && <Text c="dimmed">{t('registrations.none')}</Text>}
    </Stack>
  );
}
