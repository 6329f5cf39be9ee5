import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type DuplicateCandidate = { organisation: { id: string; name: string; city: string | null; postcode: string | null } };

interface DuplicateModalProps {
  candidateName: string;
  duplicates: DuplicateCandidate[];
  linking: boolean;
  onLink: (organisationId: string) => void;
  onClose: () => void;
}

/** The server found organisations that look like the candidate: link it to one of them rather than create a twin. */
export function DuplicateModal({ candidateName, duplicates, linking, onLink, onClose }: DuplicateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('discovery.duplicates.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('discovery.duplicates.intro', { name: candidateName })}</Text>
        {duplicates.map(({ organisation }) => (
          <Group key={organisation.id} justify="space-between" wrap="nowrap" gap="sm">
            <div>
              <Text fw={600}>{organisation.name}</Text>
              <Text size="sm" c="dimmed">
                {[organisation.postcode, organisation.city].filter(Boolean).join(' ')}
              </Text>
            </div>
            <Button size="xs" loading={linking} onClick={() => onLink(organisation.id)}>
              {t('discovery.duplicates.link')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
