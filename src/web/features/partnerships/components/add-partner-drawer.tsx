import { Button, Card, Divider, Drawer, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { DuplicateList } from '../../organisations/components/duplicate-list.tsx';
import { OrganisationCreateFields } from '../../organisations/components/organisation-create-fields.tsx';
import type { Stage } from './stage-badge.tsx';
import { type Picked, useAddPartner } from './use-add-partner.ts';

interface AddPartnerDrawerProps {
  opened: boolean;
  onClose: () => void;
  structure: { id: string; name: string };
  members: Member[];
}

function PickedOrganisation({ organisation, onChange }: { organisation: Picked; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {t('partners.add.picked')}
      </Text>
      <Text fw={600}>{organisation.name}</Text>
      <Text size="sm">{[organisation.postcode, organisation.city].filter(Boolean).join(' ') || t('common.notProvided')}</Text>
      <Button variant="subtle" size="compact-sm" mt="xs" onClick={onChange} w="fit-content">
        {t('partners.add.pickAnother')}
      </Button>
    </Card>
  );
}

/** Creates an organisation (or uses one already in the directory) and starts following it. */
export function AddPartnerDrawer(props: AddPartnerDrawerProps) {
  const { opened, onClose, structure, members } = props;
  const { t } = useTranslation();
  const { form, picked, setPicked, stage, setStage, ownerId, setOwnerId, onSubmit, isChecking, duplicates, busy } = useAddPartner(props);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t('partners.add.title', { structure: structure.name })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {picked === null ? (
            <>
              <Text size="sm" c="dimmed">
                {t('partners.add.intro')}
              </Text>
              <OrganisationCreateFields
                values={form.values}
                errors={form.errors}
                setField={form.setField}
                setErrors={(update) => form.setErrors(update(form.errors))}
              />
              {isChecking && (
                <Group gap="xs" role="status">
                  <Loader size="xs" aria-hidden />
                  <Text size="sm">{t('organisations.duplicates.checking')}</Text>
                </Group>
              )}
              <DuplicateList duplicates={duplicates} onUse={({ organisation }) => setPicked(organisation)} />
            </>
          ) : (
            <PickedOrganisation organisation={picked} onChange={() => setPicked(null)} />
          )}
          <Divider label={t('partners.add.partnership')} labelPosition="left" />
          <Select<Stage>
            label={t('partners.fields.stage')}
            data={vocabularyOptions(t).stages as { value: Stage; label: string }[]}
            value={stage}
            onChange={(value) => value !== null && setStage(value)}
            allowDeselect={false}
          />
          <Select
            label={t('partners.fields.owner')}
            data={members.map((member) => ({ value: member.id, label: member.name }))}
            value={ownerId}
            onChange={setOwnerId}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {picked === null ? t('partners.add.submitNew') : t('partners.add.submitExisting')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
