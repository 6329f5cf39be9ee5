import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interactionCreateSchema } from '../../../../contracts/interactions.ts';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { parisLocal, parisLocalToIso } from '../../../lib/paris-time.ts';
import { useCreateInteraction } from '../api/interactions.ts';

const LOGGED_KINDS = ['call', 'email', 'meeting', 'note'] as const;
type LoggedKind = (typeof LOGGED_KINDS)[number];

export interface InteractionLinks {
  structureId: string;
  organisationId?: string | null;
  partnershipId?: string | null;
  contactId?: string | null;
}

interface LogInteractionFormProps {
  links: InteractionLinks;
  /** People to pick from when the exchange is with someone in particular (organisation page). */
  contacts?: { id: string; name: string }[];
}

/** Logs a call, an e-mail, a meeting or a note; the time is typed in Paris time. */
export function LogInteractionForm({ links, contacts }: LogInteractionFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LoggedKind>('meeting');
  const [occurredAt, setOccurredAt] = useState(() => parisLocal());
  const [summary, setSummary] = useState('');
  const [contactId, setContactId] = useState<string | null>(links.contactId ?? null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const create = useCreateInteraction();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...links, kind, summary, contactId, occurredAt: occurredAt === '' ? '' : parisLocalToIso(occurredAt) };
    const checked = validate(interactionCreateSchema, body, t);
    if (!checked.ok) return setErrors(checked.errors);
    create.mutate(checked.data, {
      onSuccess: () => {
        notifySuccess(t('interactions.logged', { kind: t(`interactionKinds.${kind}`) }));
        setSummary('');
        setOccurredAt(parisLocal());
        setErrors({});
      },
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="log-interaction-title">
      <Stack gap="sm">
        <Text fw={600} id="log-interaction-title">
          {t('interactions.logTitle')}
        </Text>
        <Radio.Group label={t('interactions.fields.kind')} value={kind} onChange={(value) => setKind(value as LoggedKind)}>
          <Group gap="md" mt={6}>
            {LOGGED_KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`interactionKinds.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('interactions.fields.occurredAt')}
            required
            value={occurredAt}
            onChange={(event) => setOccurredAt(event.currentTarget.value)}
            error={errors.occurredAt}
          />
          {contacts !== undefined && (
            <Select
              label={t('interactions.fields.contact')}
              data={contacts.map((contact) => ({ value: contact.id, label: contact.name }))}
              value={contactId}
              onChange={setContactId}
              clearable
              clearButtonProps={{ 'aria-label': t('actions.clear') }}
              nothingFoundMessage={t('common.nothingFound')}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('interactions.fields.summary')}
          required
          autosize
          minRows={3}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={errors.summary}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('interactions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
