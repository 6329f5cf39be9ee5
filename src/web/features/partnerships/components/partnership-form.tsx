import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Partnership, partnershipSchema, partnershipUpdateSchema } from '../../../../contracts/partnerships.ts';
import { StaleAlert } from '../../../components/ui/stale-alert.tsx';
import { emptyToNull, validate } from '../../../lib/form-errors.ts';
import { useVersionedForm } from '../../../lib/use-versioned-form.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { partnershipKeys, partnershipQueryOptions, useUpdatePartnership } from '../api/partnerships.ts';
import type { Stage } from './stage-badge.tsx';

function formValues(partnership: Partnership) {
  return {
    stage: partnership.stage as Stage,
    engagements: partnership.engagements as string[],
    objectives: partnership.objectives as string[],
    ownerId: partnership.ownerId,
    nextStep: partnership.nextStep ?? '',
    nextStepOn: partnership.nextStepOn ?? '',
  };
}
type Values = ReturnType<typeof formValues>;

/** Exactly the fields the update contract accepts: it is strict and refuses anything else. */
function toUpdate(values: Values, version: number) {
  return {
    version,
    stage: values.stage,
    engagements: values.engagements,
    objectives: values.objectives,
    ownerId: values.ownerId,
    nextStep: emptyToNull(values.nextStep),
    nextStepOn: emptyToNull(values.nextStepOn),
  };
}

function usePartnershipForm(partnership: Partnership) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdatePartnership();
  const editing = useVersionedForm({
    record: partnership,
    toValues: formValues,
    check: (values: Values, version) => validate(partnershipUpdateSchema, toUpdate(values, version), t),
    save: (body, callbacks) => update.mutate({ id: partnership.id, ...body }, callbacks),
    // A 409 sends the row without its organisation's name: read the partnership again instead.
    parseCurrent: (current) => partnershipSchema.safeParse(current).data ?? null,
    fetchFresh: () => queryClient.fetchQuery({ ...partnershipQueryOptions(partnership.id), staleTime: 0 }),
    store: () => void queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
    savedMessage: t('partners.saved'),
  });
  return { ...editing, isSaving: update.isPending };
}

interface PartnershipFormProps {
  partnership: Partnership;
  members: Member[];
  readOnly: boolean;
}

/** The current structure's partnership, edited in place with the version it was read at. */
export function PartnershipForm({ partnership, members, readOnly }: PartnershipFormProps) {
  const { t } = useTranslation();
  const options = vocabularyOptions(t);
  const { form, isStale, reload, onSubmit, isSaving } = usePartnershipForm(partnership);
  const clear = { clearable: !readOnly, clearButtonProps: { 'aria-label': t('actions.clear') }, readOnly };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {isStale && <StaleAlert onReload={() => void reload()} />}
        <Select<Stage>
          label={t('partners.fields.stage')}
          data={options.stages as { value: Stage; label: string }[]}
          value={form.values.stage}
          onChange={(stage) => stage !== null && form.setField('stage', stage)}
          allowDeselect={false}
          readOnly={readOnly}
        />
        <MultiSelect
          label={t('partners.fields.engagements')}
          data={options.engagements}
          value={form.values.engagements}
          onChange={(engagements) => form.setField('engagements', engagements)}
          {...clear}
        />
        <MultiSelect
          label={t('partners.fields.objectives')}
          data={options.objectives}
          value={form.values.objectives}
          onChange={(objectives) => form.setField('objectives', objectives)}
          {...clear}
        />
        <Select
          label={t('partners.fields.owner')}
          data={members.map((member) => ({ value: member.id, label: member.name }))}
          value={form.values.ownerId}
          onChange={(ownerId) => form.setField('ownerId', ownerId)}
          error={form.errors.ownerId}
          {...clear}
        />
        <Textarea
          label={t('partners.fields.nextStep')}
          autosize
          minRows={1}
          readOnly={readOnly}
          value={form.values.nextStep}
          onChange={(event) => form.setField('nextStep', event.currentTarget.value)}
          error={form.errors.nextStep}
        />
        <TextInput type="date" label={t('partners.fields.nextStepOn')} readOnly={readOnly} {...form.textProps('nextStepOn')} />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={isSaving} disabled={isStale}>
              {t('actions.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
