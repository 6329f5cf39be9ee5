import { Alert, Box, Button, Checkbox, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconHourglass } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicSlot } from '../../../../contracts/public-agenda.ts';
import {
  HEARD_CHANNELS,
  MAX_HEADCOUNT,
  publicRegistrationSchema,
  REGISTRANT_KINDS,
  type RegistrantLanguage,
} from '../../../../contracts/registrations.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { useRegister } from '../api/public-agenda.ts';

type Kind = (typeof REGISTRANT_KINDS)[number];

/** Slots that still take registrations: not started yet. */
export const openSlots = (slots: PublicSlot[], now = Date.now()) => slots.filter((slot) => Date.parse(slot.startsAt) > now);

/** The public registration form: one slot, a person or a group with its headcount, consent, how they heard of it. */
export function RegistrationForm({ slots, relayCode = '' }: { slots: PublicSlot[]; relayCode?: string }) {
  const { t, i18n } = useTranslation();
  const register = useRegister();
  const [slotId, setSlotId] = useState(slots.length === 1 ? slots[0]!.id : '');
  const [kind, setKind] = useState<Kind>('person');
  const [form, setForm] = useState({ name: '', email: '', groupName: '', postcode: '', relayCode, website: '' });
  const [headcount, setHeadcount] = useState<number | string>(1);
  const [channel, setChannel] = useState<string | null>(relayCode ? 'relay_partner' : null);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((current) => ({ ...current, [key]: value }));
    },
    error: errors[key],
  });

  if (register.isSuccess) {
    const receipt = register.data;
    const waiting = receipt.status === 'waitlisted';
    return (
      <Alert
        color={waiting ? 'orange' : 'teal'}
        icon={waiting ? <IconHourglass aria-hidden /> : <IconCheck aria-hidden />}
        title={
          waiting ? t('publicAgenda.register.waitlisted', { position: receipt.waitlistPosition }) : t('publicAgenda.register.confirmed')
        }
        role="status"
      >
        <Stack gap="sm">
          <Text size="sm">{waiting ? t('publicAgenda.register.waitlistedHint') : t('publicAgenda.register.confirmedHint')}</Text>
          <Button variant="light" onClick={() => register.reset()} style={{ alignSelf: 'flex-start' }}>
            {t('publicAgenda.register.another')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: form.name.trim(),
      email: form.email.trim(),
      kind,
      groupName: kind === 'person' ? undefined : form.groupName.trim() || undefined,
      headcount: kind === 'person' ? 1 : typeof headcount === 'number' ? headcount : Number.NaN,
      consent,
      channel: channel ?? undefined,
      relayCode: form.relayCode.trim() || undefined,
      postcode: form.postcode.trim() || undefined,
      language: (i18n.language === 'en' ? 'en' : 'fr') as RegistrantLanguage,
      website: form.website || undefined,
    };
    const checked = validate(publicRegistrationSchema, body, t);
    const local: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!slotId) local.slot = t('publicAgenda.register.slotRequired');
    if (!consent) local.consent = t('publicAgenda.register.consentRequired');
    setErrors(local);
    if (Object.keys(local).length > 0 || !checked.ok) return;
    register.mutate({ slotId, body: checked.data }, { onError: (error) => setErrors(serverFieldErrors(error)) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="register-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="register-title">
          {t('publicAgenda.register.title')}
        </Title>
        {slots.length > 1 && (
          <Radio.Group label={t('publicAgenda.register.slot')} value={slotId} onChange={setSlotId} required error={errors.slot}>
            <Stack gap={8} mt={6}>
              {slots.map((slot) => (
                <Radio
                  key={slot.id}
                  value={slot.id}
                  label={formatDateTime(slot.startsAt, i18n.language)}
                  description={
                    slot.seatsLeft === null
                      ? undefined
                      : slot.seatsLeft === 0
                        ? t('publicAgenda.fullHint')
                        : t('publicAgenda.seatsLeft', { count: slot.seatsLeft })
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {slots.length === 1 && slots[0]!.seatsLeft === 0 && (
          <Alert color="orange" icon={<IconHourglass aria-hidden />}>
            {t('publicAgenda.fullHint')}
          </Alert>
        )}
        <Radio.Group label={t('publicAgenda.register.kind')} value={kind} onChange={(value) => setKind(value as Kind)}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt={6}>
            {REGISTRANT_KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`publicAgenda.kinds.${value}`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={kind === 'person' ? t('publicAgenda.register.name') : t('publicAgenda.register.contactName')}
            required
            autoComplete="name"
            maxLength={200}
            {...text('name')}
          />
          <TextInput
            label={t('publicAgenda.register.email')}
            description={t('publicAgenda.register.emailHint')}
            required
            type="email"
            autoComplete="email"
            {...text('email')}
          />
          {kind !== 'person' && <TextInput label={t('publicAgenda.register.groupName')} required maxLength={200} {...text('groupName')} />}
          {kind !== 'person' && (
            <NumberInput
              label={t('publicAgenda.register.headcount')}
              description={t('publicAgenda.register.headcountHint', { max: MAX_HEADCOUNT })}
              required
              min={1}
              max={MAX_HEADCOUNT}
              allowDecimal={false}
              value={headcount}
              onChange={setHeadcount}
              error={errors.headcount}
            />
          )}
          <TextInput
            label={t('publicAgenda.register.postcode')}
            description={t('publicAgenda.register.postcodeHint')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            {...text('postcode')}
          />
          <Select
            label={t('publicAgenda.register.channel')}
            data={HEARD_CHANNELS.map((value) => ({ value, label: t(`publicAgenda.channels.${value}`) }))}
            value={channel}
            onChange={setChannel}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
          <TextInput
            label={t('publicAgenda.register.relayCode')}
            description={t('publicAgenda.register.relayCodeHint')}
            maxLength={40}
            {...text('relayCode')}
          />
        </SimpleGrid>
        {/* Hidden from people, filled in by bots. */}
        <Box style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }} aria-hidden>
          <label>
            Site web
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => text('website').onChange(e)}
            />
          </label>
        </Box>
        <Checkbox
          label={t('publicAgenda.register.consent')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
          error={errors.consent}
        />
        {register.isError && (
          <Alert color="red" role="alert">
            {errorMessage(register.error, t)}
          </Alert>
        )}
        <Button type="submit" size="md" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('publicAgenda.register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
