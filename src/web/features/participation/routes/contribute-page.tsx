import { Alert, Box, Button, Checkbox, FileInput, Radio, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  AGE_BRACKETS,
  CONTRIBUTION_KINDS,
  type ContributionKind,
  MINOR_BRACKETS,
  PHOTO_MAX_BYTES,
} from '../../../../contracts/contributions.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { publicGroupQueryOptions, sendContribution } from '../api/public.ts';
import { JourneyField, type JourneyPoint } from '../components/journey-field.tsx';

/** The citizens' form, reached by a group's link or QR code; phone first, no account. */
export function ContributePage() {
  const { t } = useTranslation();
  usePageTitle(t('participation.contribute.title'));
  const { token = '' } = useParams();
  const group = useQuery(publicGroupQueryOptions(token));
  const [kind, setKind] = useState<ContributionKind>('testimony');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [moduleId, setModuleId] = useState<string | null>(null);
  const [journey, setJourney] = useState<JourneyPoint[]>([]);
  const [authorName, setAuthorName] = useState('');
  const [ageBracket, setAgeBracket] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [imageRights, setImageRights] = useState(false);
  const [parentalConsent, setParentalConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const send = useMutation({ mutationFn: (form: FormData) => sendContribution(token, form) });
  const minor = ageBracket !== null && (MINOR_BRACKETS as readonly string[]).includes(ageBracket);

  if (group.isPending) return <Text>{t('participation.contribute.loading')}</Text>;
  if (group.isError) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  if (send.isSuccess) {
    return (
      <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('participation.contribute.thanks')} role="status">
        <Stack gap="sm">
          <Text>{t('participation.contribute.thanksHint')}</Text>
          <Button variant="light" onClick={() => send.reset()} style={{ alignSelf: 'flex-start' }}>
            {t('participation.contribute.another')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (kind !== 'photo' && text.trim() === '') local.text = t('validation.required');
    if (kind === 'photo' && !photo) local.photo = t('participation.contribute.photoRequired');
    if (photo && photo.size > PHOTO_MAX_BYTES) local.photo = t('participation.contribute.photoTooLarge');
    if (authorName.trim() === '') local.authorName = t('validation.required');
    if (!ageBracket) local.ageBracket = t('validation.required');
    if (!consent) local.consent = t('participation.contribute.consentRequired');
    if (kind === 'photo' && !imageRights) local.imageRights = t('participation.contribute.imageRightsRequired');
    if (minor && !parentalConsent) local.parentalConsent = t('participation.contribute.parentalRequired');
    if (journey.length === 1) local.journey = t('participation.journey.tooFew');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const form = new FormData();
    form.append('kind', kind);
    if (text.trim() !== '') form.append('text', text.trim());
    form.append('authorName', authorName.trim());
    form.append('ageBracket', ageBracket ?? '');
    if (moduleId) form.append('moduleId', moduleId);
    if (journey.length > 1) form.append('journey', JSON.stringify({ type: 'LineString', coordinates: journey }));
    form.append('consent', String(consent));
    if (kind === 'photo') form.append('imageRights', String(imageRights));
    if (minor) form.append('parentalConsent', String(parentalConsent));
    if (website !== '') form.append('website', website);
    if (kind === 'photo' && photo) form.append('photo', photo, photo.name);
    send.mutate(form, { onError: (error) => setErrors(serverFieldErrors(error)) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="contribute-title">
      <Stack gap="md">
        <div>
          <Title order={1} size="h3" id="contribute-title">
            {t('participation.contribute.title')}
          </Title>
          <Text c="dimmed">{t('participation.contribute.intro', { group: group.data.name, structure: group.data.structureName })}</Text>
        </div>
        <Radio.Group
          label={t('participation.contribute.kind')}
          value={kind}
          onChange={(value) => setKind(value as ContributionKind)}
          required
        >
          <Stack gap={8} mt={6}>
            {CONTRIBUTION_KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`participation.kinds.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={kind === 'photo' ? t('participation.contribute.caption') : t('participation.contribute.text')}
          required={kind !== 'photo'}
          autosize
          minRows={4}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
        />
        {kind === 'photo' && (
          <FileInput
            label={t('participation.contribute.photo')}
            description={t('participation.contribute.photoHint')}
            accept="image/jpeg,image/png,image/webp"
            required
            value={photo}
            onChange={setPhoto}
            clearable
            error={errors.photo}
          />
        )}
        {group.data.modules.length > 0 && (
          <Select
            label={t('participation.contribute.module')}
            data={group.data.modules.map((m) => ({ value: m.id, label: m.title }))}
            value={moduleId}
            onChange={setModuleId}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
        )}
        <JourneyField token={token} points={journey} onChange={setJourney} error={errors.journey} />
        <TextInput
          label={t('participation.contribute.authorName')}
          description={t('participation.contribute.authorHint')}
          required
          maxLength={60}
          autoComplete="given-name"
          value={authorName}
          onChange={(e) => setAuthorName(e.currentTarget.value)}
          error={errors.authorName}
        />
        <Select
          label={t('participation.contribute.age')}
          required
          data={AGE_BRACKETS.map((value) => ({ value, label: t(`participation.ages.${value}`) }))}
          value={ageBracket}
          onChange={setAgeBracket}
          error={errors.ageBracket}
        />
        {/* Hidden from people, filled in by bots. */}
        <Box style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }} aria-hidden>
          <label>
            Site web
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={website}
              onChange={(e) => setWebsite(e.currentTarget.value)}
            />
          </label>
        </Box>
        <Checkbox
          label={t('participation.contribute.consent')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
          error={errors.consent}
        />
        {kind === 'photo' && (
          <Checkbox
            label={t('participation.contribute.imageRights')}
            checked={imageRights}
            onChange={(e) => setImageRights(e.currentTarget.checked)}
            error={errors.imageRights}
          />
        )}
        {minor && (
          <Checkbox
            label={t('participation.contribute.parentalConsent')}
            checked={parentalConsent}
            onChange={(e) => setParentalConsent(e.currentTarget.checked)}
            error={errors.parentalConsent}
          />
        )}
        {send.isError && (
          <Alert color="red" role="alert">
            {errorMessage(send.error, t)}
          </Alert>
        )}
        <Button type="submit" size="md" loading={send.isPending} fullWidth>
          {t('participation.contribute.send')}
        </Button>
      </Stack>
    </form>
  );
}
