import { Button, Drawer, Group, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DirectoryPicker } from '../../search/components/directory-picker.tsx';
import { ContactDuplicates } from './contact-duplicates.tsx';
import { useAddContact } from './use-add-contact.ts';

interface AddContactDrawerProps {
  opened: boolean;
  onClose: () => void;
  organisation: { id: string; name: string };
  /** People already affiliated, not offered again. */
  affiliatedIds: string[];
}

/** Adds a person to the organisation: someone new, or someone the directory already knows. */
export function AddContactDrawer(props: AddContactDrawerProps) {
  const { opened, onClose, organisation, affiliatedIds } = props;
  const { t } = useTranslation();
  const { form, mode, setMode, existing, setExisting, duplicates, onSubmit, busy } = useAddContact(props);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t('contacts.addTitle', { organisation: organisation.name })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label={t('contacts.modeLabel')}
            value={mode}
            onChange={(value) => setMode(value === 'existing' ? 'existing' : 'new')}
            data={[
              { value: 'new', label: t('contacts.modes.new') },
              { value: 'existing', label: t('contacts.modes.existing') },
            ]}
          />
          {mode === 'new' ? (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput label={t('contacts.fields.firstName')} autoComplete="off" data-autofocus {...form.textProps('firstName')} />
                <TextInput label={t('contacts.fields.lastName')} required autoComplete="off" {...form.textProps('lastName')} />
              </SimpleGrid>
              <TextInput label={t('fields.email')} type="email" autoComplete="off" {...form.textProps('email')} />
              <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.textProps('phone')} />
              <ContactDuplicates
                duplicates={duplicates}
                onUse={(contact) => {
                  setExisting({ id: contact.id, label: [contact.firstName, contact.lastName].filter(Boolean).join(' ') });
                  setMode('existing');
                }}
              />
            </>
          ) : (
            <DirectoryPicker
              type="contact"
              label={t('contacts.fields.person')}
              value={existing}
              onChange={setExisting}
              error={form.errors.existing}
              exclude={affiliatedIds}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput label={t('contacts.fields.role')} placeholder={t('contacts.fields.rolePlaceholder')} {...form.textProps('role')} />
            <TextInput label={t('contacts.fields.startOn')} type="date" {...form.textProps('startOn')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('contacts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
