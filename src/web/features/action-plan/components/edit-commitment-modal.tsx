import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../contracts/action-plans.ts';
import { ENGAGEMENTS } from '../../../../contracts/vocabulary.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { organisationContactsQueryOptions } from '../../contacts/api/contacts.ts';
import { contactName } from '../../contacts/components/organisation-contacts-panel.tsx';
import { useUpdateCommitment } from '../api/action-plans.ts';

/** Edits a commitment's type, signatory (a contact of the committed organisation) and signing day. */
export function EditCommitmentModal({ planId, commitment, onClose }: { planId: string; commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<string | null>(commitment.type);
  const [signatoryContactId, setSignatory] = useState<string | null>(commitment.signatoryContactId);
  const [signedOn, setSignedOn] = useState(commitment.signedOn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const contacts = useQuery(organisationContactsQueryOptions(commitment.organisationId));
  const update = useUpdateCommitment();
  const save = () =>
    update.mutate(
      {
        planId,
        actionId: commitment.actionId,
        id: commitment.id,
        version: commitment.version,
        type: (type ?? commitment.type) as (typeof ENGAGEMENTS)[number],
        signatoryContactId,
        signedOn: signedOn || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('actionPlan.commitmentSaved'));
          onClose();
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('actionPlan.editCommitmentTitle', { name: commitment.organisationName })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        <Select
          label={t('actionPlan.fields.commitmentType')}
          data={ENGAGEMENTS.map((value) => ({ value, label: t(`engagements.${value}`) }))}
          value={type}
          onChange={setType}
          allowDeselect={false}
          required
        />
        <Select
          label={t('actionPlan.fields.signatory')}
          data={(contacts.data ?? []).map((c) => ({ value: c.id, label: contactName(c) }))}
          value={signatoryContactId}
          onChange={setSignatory}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          error={errors.signatoryContactId}
        />
        <TextInput
          type="date"
          label={t('actionPlan.fields.signedOn')}
          value={signedOn}
          onChange={(e) => setSignedOn(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
