import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emailSchema } from '../../../../contracts/common.ts';
import { contactDuplicatesSchema } from '../../../../contracts/contacts.ts';
import { api } from '../../../lib/api-client.ts';

type Duplicate = z.infer<typeof contactDuplicatesSchema>['items'][number];
export type KnownContact = Duplicate['contact'];

/** Same e-mail, or same name: people already in the directory the new one may be. */
export function useContactDuplicates(lastName: string, email: string, enabled: boolean) {
  const candidate = JSON.stringify({
    ...(lastName.trim().length >= 2 ? { lastName: lastName.trim() } : {}),
    ...(emailSchema.safeParse(email.trim()).success ? { emails: [email.trim()] } : {}),
  });
  const [settled] = useDebouncedValue(candidate, 400);
  const body = JSON.parse(settled) as Record<string, unknown>;
  const query = useQuery({
    queryKey: ['contacts', 'duplicates', settled],
    queryFn: () => api.post('/api/v1/contacts/duplicates-check', body, contactDuplicatesSchema).then((found) => found.items),
    enabled: enabled && Object.keys(body).length > 0,
  });
  return query.data ?? [];
}

export function ContactDuplicates({ duplicates, onUse }: { duplicates: Duplicate[]; onUse: (contact: KnownContact) => void }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy aria-hidden />} title={t('contacts.duplicates.title')} role="status">
      <List spacing="sm" size="sm" listStyleType="none">
        {duplicates.map(({ contact, reasons }) => {
          const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
          return (
            <List.Item key={contact.id}>
              <Group justify="space-between" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                  <Text size="xs">
                    {[contact.emails[0], reasons.map((reason) => t(`contacts.duplicates.reasons.${reason}`)).join(', ')]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </div>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onUse(contact)}
                  aria-label={t('contacts.duplicates.useLabel', { name })}
                >
                  {t('contacts.duplicates.use')}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
